# This file implements the list of find_dependency() calls the installed
# go2cppConfig.cmake must make before it loads the exported targets: an
# imported target named in go2cpp_rt's link interface (Threads::Threads,
# Boost::fiber, ...) must exist in the user's project, or CMake refuses the
# export. Reading the interface, rather than writing the list by hand, keeps
# the package right when rtlib links something new. Used by the top-level
# CMakeLists.txt (the package stanza) after every target is defined.

# go2cpp_package_dependencies(TARGET OUT_VAR): sets OUT_VAR to CMake code.
function(go2cpp_package_dependencies target out_var)
  get_target_property(links ${target} INTERFACE_LINK_LIBRARIES)
  if(NOT links)
    set(links "")
  endif()
  # Items may be wrapped in generator expressions ($<LINK_ONLY:Boost::fiber>).
  string(REGEX MATCHALL "[A-Za-z0-9_]+::[A-Za-z0-9_]+" imported "${links}")
  list(REMOVE_DUPLICATES imported)

  set(code "")
  set(boost_components "")
  foreach(name IN LISTS imported)
    if(name STREQUAL "Threads::Threads")
      string(APPEND code "find_dependency(Threads)\n")
    elseif(name MATCHES "^Boost::(.+)$")
      if(NOT CMAKE_MATCH_1 STREQUAL "boost" AND NOT CMAKE_MATCH_1 STREQUAL "headers")
        list(APPEND boost_components ${CMAKE_MATCH_1})
      endif()
    elseif(name MATCHES "^spdlog::")
      string(APPEND code "find_dependency(spdlog)\n")
    elseif(name MATCHES "^GTest::")
      message(FATAL_ERROR "go2cpp package: ${target} links ${name}, which users cannot be asked for")
    else()
      message(FATAL_ERROR "go2cpp package: no find_dependency() known for ${name} "
                          "(linked by ${target}); add one in ${CMAKE_CURRENT_FUNCTION_LIST_FILE}")
    endif()
  endforeach()
  if(imported MATCHES "Boost::")
    # The version go2cpp was built with; header-only use needs no components.
    string(REGEX MATCH "^[0-9]+\\.[0-9]+" boost_version "${Boost_VERSION}")
    string(APPEND code "find_dependency(Boost ${boost_version}")
    if(boost_components)
      list(JOIN boost_components " " components)
      string(APPEND code " COMPONENTS ${components}")
    endif()
    string(APPEND code ")\n")
  endif()
  set(${out_var} "${code}" PARENT_SCOPE)
endfunction()
