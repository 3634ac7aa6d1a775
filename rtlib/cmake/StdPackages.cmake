# This file implements the build of the standard packages written in Go:
# every folder of rtlib/pkg that holds .go files is an import path, and the
# go2cpp of this build translates it into ${GO2CPP_STDPKG_GEN_DIR}/<path>/
# (<last element>.hpp plus one .go.cpp per Go file), which is compiled into
# go2cpp_rt like the runtime's own sources. Included by rtlib/CMakeLists.txt.
#
# Order between packages: the translation of one package reads the Go
# sources of what it imports, never their output, so the translations are
# independent; go2cpp writes a depfile listing every Go file it read, so a
# package is translated again when a package it imports changes. All the
# generated headers exist before any rtlib source compiles (the
# go2cpp_stdpkg target), because natives and packages include each other's.

set(GO2CPP_STDPKG_GEN_DIR ${CMAKE_CURRENT_BINARY_DIR}/gen)

# Sets out_var to the generated files of the package in source folder dir
# (import path path), after adding the command that makes them.
function(go2cpp_translate_std_package path dir out_var)
  file(GLOB go_files CONFIGURE_DEPENDS ${dir}/*.go)
  list(SORT go_files)
  cmake_path(GET path FILENAME last)
  set(out_dir ${GO2CPP_STDPKG_GEN_DIR}/${path})
  set(header ${out_dir}/${last}.hpp)
  set(outputs ${header})
  foreach(go_file IN LISTS go_files)
    cmake_path(GET go_file FILENAME name)
    list(APPEND outputs ${out_dir}/${name}.cpp)
  endforeach()
  string(REPLACE "/" "_" stem ${path})
  set(depfile ${CMAKE_CURRENT_BINARY_DIR}/gen-deps/${stem}.d)
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir} ${CMAKE_CURRENT_BINARY_DIR}/gen-deps
    # GO2CPP_PKGROOT: imports come from this source tree, whatever toolchain
    # config go2cpp would find next to itself.
    COMMAND ${CMAKE_COMMAND} -E env GO2CPP_PKGROOT=${CMAKE_CURRENT_SOURCE_DIR}/pkg
            $<TARGET_FILE:go2cpp> -p ${path} -o ${out_dir} -depfile ${depfile} ${go_files}
    DEPENDS go2cpp ${go_files}
    DEPFILE ${depfile}
    COMMENT "Translating standard package ${path}"
    VERBATIM)
  set(${out_var} ${outputs} PARENT_SCOPE)
endfunction()

# Every folder with Go files, except test data (package main programs that
# generate test tables).
file(GLOB_RECURSE GO2CPP_STDPKG_GO_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/pkg/*.go)
set(GO2CPP_STDPKG_PATHS "")
foreach(go_file IN LISTS GO2CPP_STDPKG_GO_FILES)
  cmake_path(GET go_file PARENT_PATH dir)
  cmake_path(RELATIVE_PATH dir BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/pkg OUTPUT_VARIABLE path)
  if(path MATCHES "(^|/)testdata(/|$)")
    continue()
  endif()
  list(APPEND GO2CPP_STDPKG_PATHS ${path})
endforeach()
list(REMOVE_DUPLICATES GO2CPP_STDPKG_PATHS)
list(SORT GO2CPP_STDPKG_PATHS)

set(GO2CPP_STDPKG_SOURCES "")
foreach(path IN LISTS GO2CPP_STDPKG_PATHS)
  go2cpp_translate_std_package(${path} ${CMAKE_CURRENT_SOURCE_DIR}/pkg/${path} generated)
  list(APPEND GO2CPP_STDPKG_SOURCES ${generated})
endforeach()
add_custom_target(go2cpp_stdpkg DEPENDS ${GO2CPP_STDPKG_SOURCES})
