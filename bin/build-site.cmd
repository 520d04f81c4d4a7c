@echo off
rem Runs build-site.jar (beside this script, or in ..\lib\) with the arguments given, on a Java 17 or later.
rem
rem Which Java, as bin/build-site chooses it: JAVA_HOME's when it is 17 or later; otherwise the first
rem Java 25 or later, else the first 17 or later, of java on PATH and then of the Java homes in
rem BUILD_SITE_JAVA_HOMES (semicolon-separated, * allowed in the last part; by default the usual install
rem folders below). Each candidate's version is read from one run of java -version.
rem
rem Exit code: java's, that is build-site's own; 127 when no Java 17 or later, or no build-site.jar, is found.
setlocal EnableExtensions DisableDelayedExpansion

set "MIN_JAVA=17"
set "PREFERRED_JAVA=25"
set "HERE=%~dp0"
set "JAR=%HERE%build-site.jar"
if exist "%JAR%" goto find_java
set "JAR=%HERE%..\lib\build-site.jar"
if exist "%JAR%" goto find_java
>&2 echo build-site: build-site.jar is neither beside this script nor in ..\lib\ (%HERE%)
exit /b 127

:find_java
set "CHOSEN="
set "NEWEST=0"
set "NEWEST_JAVA="
if not defined JAVA_HOME goto on_path
call :consider "%JAVA_HOME%\bin\java.exe" && goto launch
if defined CHOSEN goto launch

:on_path
for /f "delims=" %%J in ('where java.exe 2^>nul') do (
    call :consider "%%~J" && goto launch
    goto homes
)

:homes
if not defined BUILD_SITE_JAVA_HOMES set "BUILD_SITE_JAVA_HOMES=%ProgramFiles%\Eclipse Adoptium\*;%ProgramFiles%\Java\*;%ProgramFiles%\Microsoft\jdk-*;%USERPROFILE%\.jdks\*"
rem One home pattern at a time: a plain for would take a pattern for files and drop it.
set "REST=%BUILD_SITE_JAVA_HOMES%"
:next_home
if not defined REST goto searched
set "PATTERN="
for /f "tokens=1* delims=;" %%A in ("%REST%") do (
    set "PATTERN=%%A"
    set "REST=%%B"
)
if not defined PATTERN goto searched
for /d %%H in ("%PATTERN%") do call :consider "%%~H\bin\java.exe" && goto launch
goto next_home

:searched
if defined CHOSEN goto launch
set "FOUND=none found in JAVA_HOME, on PATH or in BUILD_SITE_JAVA_HOMES"
if defined NEWEST_JAVA set "FOUND=the newest found is Java %NEWEST% (%NEWEST_JAVA%)"
>&2 echo build-site: needs Java %MIN_JAVA% or later (%PREFERRED_JAVA% is best): %FOUND%; install one (e.g. from https://adoptium.net/) and set JAVA_HOME to it
exit /b 127

:launch
"%CHOSEN%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Keeps the java %1 when it is 17 or later and none is kept yet; succeeds (the search is over) when it
rem is 25 or later. The version is the third word of the line "... version "17.0.15" ...".
:consider
if not exist "%~1" exit /b 1
set "VERSION="
for /f "tokens=1-3" %%A in ('"%~1" -version 2^>^&1') do (
    if /i "%%B"=="version" if not defined VERSION set "VERSION=%%~C"
)
if not defined VERSION exit /b 1
set "MAJOR="
set "MINOR="
for /f "tokens=1,2 delims=.-_+" %%A in ("%VERSION%") do (
    set "MAJOR=%%A"
    set "MINOR=%%B"
)
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
set /a "FEATURE=%MAJOR%" 2>nul || exit /b 1
if %FEATURE% GTR %NEWEST% set "NEWEST_JAVA=%~1"
if %FEATURE% GTR %NEWEST% set "NEWEST=%FEATURE%"
if %FEATURE% GEQ %PREFERRED_JAVA% set "CHOSEN=%~1"
if %FEATURE% GEQ %PREFERRED_JAVA% exit /b 0
if %FEATURE% GEQ %MIN_JAVA% if not defined CHOSEN set "CHOSEN=%~1"
exit /b 1
