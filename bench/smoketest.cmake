# SPDX-License-Identifier: GPL-3.0-or-later
# Runs twinatlas-bench --quick and checks that every figure was measured and printed as
# `name value unit`. Only that it runs: the timings of a tiny world on a test machine mean nothing.
# PARTS and FIGURES may name another selection (--only PART) and the figures it must print.
execute_process(COMMAND ${BENCH} --quick ${PARTS}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "twinatlas-bench --quick failed (${rc}):\n${err}")
endif()
set(figures
  search_keystroke_p50 search_keystroke_p95 search_keystroke_max search_keystrokes
  synthetic_links synthetic_places synthetic_build bundled_links
  redraw_bundled_first redraw_bundled redraw_bundled_max redraw_bundled_cpu
  redraw_30k_first redraw_30k redraw_30k_max redraw_30k_cpu
  globe_frame_bundled globe_frame_bundled_max globe_frame_30k globe_frame_30k_max
  pick_135k_build pick_135k_places pick_135k_median pick_135k_p99 pick_135k_hits
  pan_frame_plain pan_frame_selected pan_frame_selected_p95
  zoom_frame zoom_stall_max zoom_events
  export_a4_300dpi_png_30k export_a4_300dpi_png_30k_size
  export_place_1200x800_png_30k export_place_1200x800_png_30k_size
  export_place_1200x800_png_30k_cold export_place_1200x800_png_30k_cold_size
  export_a4_pdf_30k export_a4_pdf_30k_size export_a4_svg_30k export_a4_svg_30k_size
  cold_start_first_paint cold_start_first_run cold_start_process_wall
  rss_synthetic_world over_budget)
if(FIGURES)
  set(figures ${FIGURES} over_budget)
endif()
set(missing "")
foreach(name IN LISTS figures)
  # The name, a number and a unit, at the start of a line.
  if(NOT out MATCHES "(^|\n)${name} [0-9.]+ [A-Za-z]+")
    list(APPEND missing ${name})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "twinatlas-bench --quick printed no figure for: ${missing}\n${err}")
endif()
