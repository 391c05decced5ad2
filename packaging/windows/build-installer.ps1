# Build the Windows installer: PyInstaller bundle, then the Inno Setup installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-installer.ps1
#
# Needs Python 3.11+ (python.org) and Inno Setup 6 (iscc.exe on PATH or in its default
# folder). Result: dist\infusion-coverage-organizer-<version>-windows-setup.exe
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3 -m venv .venv
}
$Python = Join-Path $Root ".venv\Scripts\python.exe"
& $Python -m pip install --quiet --upgrade pip
& $Python -m pip install --quiet -c requirements.lock -e ".[run]"
# PyInstaller is a build tool only; it is not one of the app's dependencies.
& $Python -m pip install --quiet pyinstaller
if ($LASTEXITCODE -ne 0) { throw "pip failed" }

$env:QT_QPA_PLATFORM = "offscreen"
& $Python packaging\make_icons.py
if ($LASTEXITCODE -ne 0) { throw "making the icons failed" }
Remove-Item Env:QT_QPA_PLATFORM

$Started = Get-Date
& $Python -m PyInstaller packaging\organizer.spec --noconfirm --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$Seconds = [int]((Get-Date) - $Started).TotalSeconds
$Bytes = (Get-ChildItem dist\organizer -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("Bundle built in {0}s, {1:N0} MB" -f $Seconds, ($Bytes / 1MB))

& dist\organizer\organizer-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundle does not start" }

$Version = & $Python -c "import organizer; print(organizer.__version__)"
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\organizer.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Installer written to dist\"
