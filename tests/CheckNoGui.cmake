# Fails when BINARY is linked against a library matching DENIED (layer rule, docs/architecture.md).
# Default: any GUI library (the core). fleetdesk-cli passes a narrower rule: QtGui for
# fleetdesk_report's offscreen PDF is allowed, QtWidgets never.
if(NOT DEFINED DENIED)
    set(DENIED "libQt6(Gui|Widgets|Charts|OpenGL)")
endif()
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${BINARY} failed")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd output does not list libQt6Core; the check would prove nothing:\n${libs}")
endif()
if(libs MATCHES "${DENIED}")
    message(FATAL_ERROR "${BINARY} links ${CMAKE_MATCH_0}, which the layer rule denies it (${DENIED}):\n${libs}")
endif()
message(STATUS "${BINARY}: nothing matches ${DENIED}")
