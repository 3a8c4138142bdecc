/*
 * Stand-in for libpulse.so.0, loaded beside the FFmpeg executables that PaperLedge embeds.
 *
 * The FFmpeg build in org.bytedeco:ffmpeg links libavdevice against PulseAudio, so the
 * ffmpeg executable does not start on machines without libpulse0 (most servers and CI
 * images). PaperLedge never opens an audio device, so every entry point here only
 * reports failure. Regenerate with build-pulse-stub.sh.
 */
#include <stddef.h>

void *pa_channel_map_init_extend(void) { return NULL; }
void *pa_channel_map_valid(void) { return NULL; }
void *pa_context_connect(void) { return NULL; }
void *pa_context_disconnect(void) { return NULL; }
void *pa_context_errno(void) { return NULL; }
void *pa_context_get_server_info(void) { return NULL; }
void *pa_context_get_sink_info_by_name(void) { return NULL; }
void *pa_context_get_sink_info_list(void) { return NULL; }
void *pa_context_get_sink_input_info(void) { return NULL; }
void *pa_context_get_source_info_list(void) { return NULL; }
void *pa_context_get_state(void) { return NULL; }
void *pa_context_new(void) { return NULL; }
void *pa_context_set_sink_input_mute(void) { return NULL; }
void *pa_context_set_sink_input_volume(void) { return NULL; }
void *pa_context_set_state_callback(void) { return NULL; }
void *pa_context_set_subscribe_callback(void) { return NULL; }
void *pa_context_subscribe(void) { return NULL; }
void *pa_context_unref(void) { return NULL; }
void *pa_cvolume_avg(void) { return NULL; }
void *pa_cvolume_set(void) { return NULL; }
void *pa_frame_size(void) { return NULL; }
void *pa_mainloop_free(void) { return NULL; }
void *pa_mainloop_get_api(void) { return NULL; }
void *pa_mainloop_iterate(void) { return NULL; }
void *pa_mainloop_new(void) { return NULL; }
void *pa_operation_get_state(void) { return NULL; }
void *pa_operation_unref(void) { return NULL; }
void *pa_sample_spec_valid(void) { return NULL; }
void *pa_stream_connect_playback(void) { return NULL; }
void *pa_stream_connect_record(void) { return NULL; }
void *pa_stream_cork(void) { return NULL; }
void *pa_stream_disconnect(void) { return NULL; }
void *pa_stream_drop(void) { return NULL; }
void *pa_stream_flush(void) { return NULL; }
void *pa_stream_get_buffer_attr(void) { return NULL; }
void *pa_stream_get_index(void) { return NULL; }
void *pa_stream_get_latency(void) { return NULL; }
void *pa_stream_get_sample_spec(void) { return NULL; }
void *pa_stream_get_state(void) { return NULL; }
void *pa_stream_is_corked(void) { return NULL; }
void *pa_stream_new(void) { return NULL; }
void *pa_stream_peek(void) { return NULL; }
void *pa_stream_set_latency_update_callback(void) { return NULL; }
void *pa_stream_set_overflow_callback(void) { return NULL; }
void *pa_stream_set_read_callback(void) { return NULL; }
void *pa_stream_set_state_callback(void) { return NULL; }
void *pa_stream_set_underflow_callback(void) { return NULL; }
void *pa_stream_set_write_callback(void) { return NULL; }
void *pa_stream_unref(void) { return NULL; }
void *pa_stream_update_timing_info(void) { return NULL; }
void *pa_stream_writable_size(void) { return NULL; }
void *pa_stream_write(void) { return NULL; }
const char *pa_strerror(int e) { (void) e; return "PulseAudio is not available to PaperLedge"; }
void *pa_sw_cvolume_multiply_scalar(void) { return NULL; }
void *pa_sw_volume_divide(void) { return NULL; }
void *pa_sw_volume_multiply(void) { return NULL; }
void *pa_threaded_mainloop_free(void) { return NULL; }
void *pa_threaded_mainloop_get_api(void) { return NULL; }
void *pa_threaded_mainloop_lock(void) { return NULL; }
void *pa_threaded_mainloop_new(void) { return NULL; }
void *pa_threaded_mainloop_signal(void) { return NULL; }
void *pa_threaded_mainloop_start(void) { return NULL; }
void *pa_threaded_mainloop_stop(void) { return NULL; }
void *pa_threaded_mainloop_unlock(void) { return NULL; }
void *pa_threaded_mainloop_wait(void) { return NULL; }
