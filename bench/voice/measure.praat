# Pitch and formants of every voiced frame of one recording, one line per frame:
#   time f0 f1 f2 f3   (seconds, then hertz; a formant Praat cannot find is --undefined--)
# Run as: praat --run measure.praat /absolute/path/to/16k-mono.wav
# Settings as in the project's voice measurements: pitch floor 60 Hz, ceiling 500 Hz; five formants
# below 5500 Hz, for every voice alike, so that their ratios compare like with like.
form Measure a voice
  sentence path
endform
sound = Read from file: path$
pitch = To Pitch: 0.01, 60, 500
selectObject: sound
formant = To Formant (burg): 0.01, 5, 5500, 0.025, 50
selectObject: pitch
frames = Get number of frames
for i to frames
  selectObject: pitch
  f0 = Get value in frame: i, "Hertz"
  if f0 <> undefined
    t = Get time from frame number: i
    selectObject: formant
    f1 = Get value at time: 1, t, "hertz", "linear"
    f2 = Get value at time: 2, t, "hertz", "linear"
    f3 = Get value at time: 3, t, "hertz", "linear"
    appendInfoLine: fixed$(t, 3), " ", fixed$(f0, 2), " ", fixed$(f1, 1), " ", fixed$(f2, 1), " ", fixed$(f3, 1)
  endif
endfor
