; Inno Setup script for the Windows installer of KontoPronto Desktop (Inno Setup 6).
; Input: the one-folder build dist\KontoPronto\ made by scripts/package (PyInstaller) on Windows.
;   iscc /DAppVersion=0.1.0 packaging\windows\kontopronto.iss
; Output: dist\installer\KontoPronto-<version>-setup.exe. The release workflow
; (.github/workflows/release.yml) passes the version from pyproject.toml and signs the result.
; The user's stores are NOT in the program folder: they live in %LOCALAPPDATA%\KontoPronto
; (platformdirs), so uninstalling never removes the user's accounts.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "KontoPronto"
#define AppExe "kontopronto-desktop.exe"
#define SourceDir "..\..\dist\KontoPronto"

[Setup]
; A fixed AppId: later versions upgrade this installation in place.
AppId={{6F0C2B7E-4C5D-4E0B-9A61-0B7D4E3C2A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KontoPronto
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=KontoPronto-{#AppVersion}-setup
SetupIconFile=..\..\kontopronto_desktop\resources\icons\kontopronto.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .kpdb file opens it in KontoPronto.
Root: HKA; Subkey: "Software\Classes\.kpdb"; ValueType: string; ValueName: ""; ValueData: "KontoPronto.Store"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\KontoPronto.Store"; ValueType: string; ValueName: ""; ValueData: "KontoPronto-butikk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KontoPronto.Store\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\KontoPronto.Store\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --store ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
