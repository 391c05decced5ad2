; Infusion Coverage Organizer: Windows installer script for Inno Setup 6.
;
; Build the PyInstaller bundle first (dist\organizer), then compile this script:
;     iscc packaging\windows\organizer.iss
; packaging\windows\build-installer.ps1 does both and passes /DAppVersion from
; organizer.__version__; the default below is kept equal to it (tests/test_packaging.py checks).
;
; What the installer does:
; - installs the program for the current user (no administrator needed) or, if the user
;   chooses, for everyone;
; - adds a Start-menu shortcut, and a desktop icon if the user ticks the box;
; - lists the app under "Open with" for PDF files. It never becomes the default PDF
;   program: the default value of .pdf is never written, the app is only added to
;   .pdf\OpenWithProgids.
; The uninstaller removes only the program files it installed. It never removes the user's
; case folders or the organizer's data folder (%LOCALAPPDATA%\InfusionCoverageOrganizer,
; with the database): those belong to the user.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\organizer"
#endif
#define AppName "Infusion Coverage Organizer"
#define AppExe "organizer.exe"
#define AppProgId "InfusionCoverageOrganizer.pdf"

[Setup]
; The AppId identifies this app for upgrades and uninstalling: never change it.
AppId={{E68192E9-114D-4D6F-962C-9B23B822724A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Infusion Coverage Organizer contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
; Whatever folder the user picks, the program goes into its own subfolder.
AppendDefaultDirName=yes
DirExistsWarning=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\organizer.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=infusion-coverage-organizer-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: organizer.exe (the window), organizer-cli.exe (the
; command line) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The GNU GPL, version 3; the app is free software under it or any later version.
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Keep the insurance paperwork for home infusion in one place"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with" for PDF files, without taking over: only an entry in .pdf\OpenWithProgids.
; The (Default) value of Software\Classes\.pdf is deliberately never written.
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "{#AppProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#AppProgId}"; ValueType: string; ValueName: ""; ValueData: "PDF document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppProgId}"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "PDF document"
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\shell\open"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder. The uninstaller already removes every file it installed;
; this also clears anything left inside _internal. Case folders and the data folder
; (%LOCALAPPDATA%\InfusionCoverageOrganizer) are never listed here and are never removed.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
