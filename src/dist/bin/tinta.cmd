@echo off
rem tinta launcher for Windows: runs ..\lib\tinta.jar on Java 17 or later (JAVA_HOME, else the
rem java on PATH) with the JVM flags of bin/tinta. It makes no start-up cache (bin/tinta does, on
rem Linux, macOS and the BSDs), so tinta starts a little slower here.
setlocal
set "TINTA_JAR=%~dp0..\lib\tinta.jar"
if defined JAVA_HOME (
  set "TINTA_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "TINTA_JAVA=java.exe"
)
if defined JAVA_HOME if not exist "%TINTA_JAVA%" (
  echo tinta: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe; point it at a Java 17 or later 1>&2
  exit /b 1
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo tinta: needs Java 17 or later: put its bin folder on PATH or set JAVA_HOME 1>&2
    exit /b 1
  )
)
"%TINTA_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxNewSize=256m -XX:MaxTenuringThreshold=0 -XX:InitialRAMPercentage=4 -XX:+ExitOnOutOfMemoryError "-Dtinta.startupCache=none:bin\tinta.cmd makes none" -jar "%TINTA_JAR%" %*
exit /b %ERRORLEVEL%
