# This file implements go2cpp_add_executable(), which builds a program from
# Go sources inside a CMake project:
#
#   find_package(go2cpp REQUIRED)
#   go2cpp_add_executable(hello main.go util.go)
#
# At build time the Go files of the program (one package main) are
# translated by go2cpp into <binary dir>/<NAME>.go2cpp/ (main.pkg.hpp and one
# FILE.go.cpp per Go file), which are then compiled and linked against the
# go2cpp runtime with the flags the runtime was built for. The translation
# depends on the Go files and on the go2cpp executable, so editing a Go file
# (or upgrading go2cpp) re-translates it on the next build.
#
# go2cpp runs in the current source folder and is given the paths as they
# were written here, so panics and debuggers name the Go files that way.
#
# It uses what go2cppConfig.cmake provides: GO2CPP_EXECUTABLE, the target
# go2cpp::go2cpp_rt and the GO2CPP_USER_* flags.
include_guard(GLOBAL)

function(go2cpp_add_executable name)
  set(go_files ${ARGN})
  if(NOT go_files)
    message(FATAL_ERROR "go2cpp_add_executable(${name}): no Go files given")
  endif()

  if(NOT TARGET go2cpp::go2cpp_rt OR NOT GO2CPP_EXECUTABLE)
    message(FATAL_ERROR "go2cpp_add_executable: call find_package(go2cpp) first")
  endif()

  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/${name}.go2cpp)
  set(go_paths "")
  set(go_dependencies "")
  set(cpp_sources "")
  foreach(go_file IN LISTS go_files)
    if(NOT go_file MATCHES "\\.go$")
      message(FATAL_ERROR "go2cpp_add_executable(${name}): ${go_file} is not a .go file")
    endif()
    cmake_path(ABSOLUTE_PATH go_file BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
               NORMALIZE OUTPUT_VARIABLE go_absolute)
    if(NOT EXISTS ${go_absolute})
      message(FATAL_ERROR "go2cpp_add_executable(${name}): ${go_file} does not exist")
    endif()
    cmake_path(GET go_absolute FILENAME go_base)
    list(APPEND go_paths ${go_file})
    list(APPEND go_dependencies ${go_absolute})
    # go2cpp names the translation of a.go "a.go.cpp".
    list(APPEND cpp_sources ${out_dir}/${go_base}.cpp)
  endforeach()

  add_custom_command(
    OUTPUT ${cpp_sources} ${out_dir}/main.pkg.hpp
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}
    COMMAND ${GO2CPP_EXECUTABLE} ${go_paths} -o ${out_dir}
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    DEPENDS ${go_dependencies} ${GO2CPP_EXECUTABLE}
    COMMENT "go2cpp: translating ${name} (${go_paths})"
    VERBATIM)

  add_executable(${name} ${cpp_sources})
  target_include_directories(${name} PRIVATE ${out_dir})
  target_compile_features(${name} PRIVATE cxx_std_20)
  target_compile_options(${name} PRIVATE ${GO2CPP_USER_CXX_FLAGS})
  target_link_libraries(${name} PRIVATE go2cpp::go2cpp_rt ${GO2CPP_USER_LINK_LIBS})
endfunction()
