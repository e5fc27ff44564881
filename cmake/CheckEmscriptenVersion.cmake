# Fails configuration when emcc is not the version in emsdk-version.txt: the build, its size
# budget and the workarounds in README.md are checked against that version only.
file(STRINGS "${CMAKE_SOURCE_DIR}/emsdk-version.txt" KNOTMAP_EMSDK_VERSION LIMIT_COUNT 1)
string(STRIP "${KNOTMAP_EMSDK_VERSION}" KNOTMAP_EMSDK_VERSION)
get_filename_component(_emcc_dir "${CMAKE_C_COMPILER}" DIRECTORY)
find_program(KNOTMAP_EMCC NAMES emcc HINTS "${_emcc_dir}" REQUIRED)
execute_process(COMMAND "${KNOTMAP_EMCC}" --version OUTPUT_VARIABLE _emcc_out ERROR_QUIET)
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" _emcc_version "${_emcc_out}")
if(NOT _emcc_version STREQUAL KNOTMAP_EMSDK_VERSION)
  message(FATAL_ERROR
    "Emscripten version mismatch: emcc --version says '${_emcc_version}' but emsdk-version.txt pins "
    "'${KNOTMAP_EMSDK_VERSION}'. Install Debian's emscripten package (scripts/bootstrap does) or "
    "activate emsdk ${KNOTMAP_EMSDK_VERSION} ('emsdk install ${KNOTMAP_EMSDK_VERSION} && emsdk activate "
    "${KNOTMAP_EMSDK_VERSION}'), then configure again.")
endif()
