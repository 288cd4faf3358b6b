<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Main</name>
    <message>
        <source>Your car&apos;s data, in plain words. The kiosk is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vitrine::Refusal</name>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is not a valid header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a car data log (VDFL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was made by a newer version of the format (%1). Please update Vitrine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format version in the header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header gives no vehicle identification number (VIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid vehicle identification number (VIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header field %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vitrine::Rejection</name>
    <message>
        <source>This line is not a readable record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line holds characters that are not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is longer than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time (t) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time (t) is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of event (kind) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of event (kind) is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data (data) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data (data) is neither text nor a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data (data) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data item &quot;%1&quot; is not a known kind of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (to) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (to) is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intermediary (via) is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size (bytes) is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of events (count) is not a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection (channel) is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis (basis) is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose (purpose) is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent (consent) is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vitrine::Store</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Vitrine database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty. The database needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key could not be derived: not enough memory, or invalid key derivation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has no vehicle identification number (VIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review report is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has been altered: entry %1 was changed, removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vitrine::cli</name>
    <message>
        <source>classify reads paths on standard input; it takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VSS path (Vehicle.…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr, de, it or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the kiosk&apos;s store: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a realistic demo car data log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file; gzip when it ends in .gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events and --days take whole numbers of 1 or more; --seed a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 records, %3 events, VIN %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a car data log holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-readable report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the plain report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vitrine-cli COMMAND [OPTIONS]

Commands:
  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds
  classify                                     category of each VSS path on standard input
  import --db PATH FILE                        keep a log&apos;s summary in the encrypted store
  history --db PATH VIN                        earlier imports of a car
  generate --events N --seed S --out FILE      write a realistic demo log
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a log&apos;s summary in the encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): nothing new kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 for the car %2 (import %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the summary was kept, not the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the earlier imports of a car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import of the car %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vitrine::generator</name>
    <message>
        <source>The number of events and days must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vitrine::plain</name>
    <message>
        <source>Location</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the car</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media and infotainment</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical condition</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery, charging and fuel</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <comment>data category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the car is and has been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the car is driven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the driver&apos;s state and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who and what is inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connected phone: contacts, calls, messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>music, radio and other entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who you and the car are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car&apos;s technical condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery, charging and fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software versions and updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not very private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carmaker</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps and traffic</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice assistant</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile network</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurer</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data broker</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>music and video streaming</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging network</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud service</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software and updates</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown service</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fleet telematics</source>
        <comment>recipient role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in Switzerland: Swiss data protection law applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland considers that %1&apos;s country protects data adequately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland considers that %1&apos;s country protects data adequately for private companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the USA. Switzerland considers data safe there only with companies certified under the Swiss-US Data Privacy Framework, and %1 is not known to be certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland does not consider that %1&apos;s country protects data adequately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::summary</name>
    <message>
        <source>The file names your car but holds no readable events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between %1 and %2, your car recorded %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %n recipient(s) are, nor where they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every recipient is in a country whose data protection Switzerland considers adequate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car (VIN %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 (VIN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export says it covers %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events in it run from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report shows what the exported file contains, nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) we know of</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2; %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown recipient): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
