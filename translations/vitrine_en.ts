<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdequacyBadge</name>
    <message>
        <source>Swiss law applies</source>
        <comment>adequacy badge</comment>
        <translation>Swiss law applies</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>adequacy badge</comment>
        <translation>Adequate protection</translation>
    </message>
    <message>
        <source>Protected only if certified</source>
        <comment>adequacy badge: USA without Data Privacy Framework certification</comment>
        <translation>Protected only if certified</translation>
    </message>
    <message>
        <source>Not deemed adequate</source>
        <comment>adequacy badge</comment>
        <translation>Not deemed adequate</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <comment>adequacy badge</comment>
        <translation>Country unknown</translation>
    </message>
</context>
<context>
    <name>AdvisorScreen</name>
    <message>
        <source>Advisor: check the import</source>
        <translation>Advisor: check the import</translation>
    </message>
    <message>
        <source>Check what was read before you hand the screen to the customer.</source>
        <translation>Check what was read before you hand the screen to the customer.</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>What was read</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Nothing to review yet</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>The file was refused.</translation>
    </message>
    <message>
        <source>No data log has been imported. Import the car's log, then check it here.</source>
        <translation>No data log has been imported. Import the car's log, then check it here.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Period in the file</source>
        <translation>Period in the file</translation>
    </message>
    <message>
        <source>Period declared by the export</source>
        <translation>Period declared by the export</translation>
    </message>
    <message>
        <source>Check that this VIN matches the car in for service:</source>
        <translation>Check that this VIN matches the car in for service:</translation>
    </message>
    <message>
        <source>Lines refused</source>
        <translation>Lines refused</translation>
    </message>
    <message>
        <source>No line was refused.</source>
        <translation>No line was refused.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <comment>a line of the imported file</comment>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Cancel and clear</source>
        <translation>Cancel and clear</translation>
    </message>
    <message>
        <source>Confirm VIN and start the review</source>
        <translation>Confirm VIN and start the review</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car's data, in plain words</source>
        <translation>Your car's data, in plain words</translation>
    </message>
    <message>
        <source>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</source>
        <translation>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</translation>
    </message>
    <message>
        <source>Your advisor will start the review with you.</source>
        <translation>Your advisor will start the review with you.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Demo PIN: %1</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: the advisor unlocks the kiosk</comment>
        <translation>Advisor</translation>
    </message>
</context>
<context>
    <name>ChoicesCard</name>
    <message>
        <source>Tick what you would like for each recipient. Your advisor will go through the next steps with you.</source>
        <translation>Tick what you would like for each recipient. Your advisor will go through the next steps with you.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <comment>choice: stop this sharing in the car's settings</comment>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Ask to delete</source>
        <comment>choice: ask the recipient to delete the data</comment>
        <translation>Ask to delete</translation>
    </message>
    <message>
        <source>Ask for a copy</source>
        <comment>choice: ask the recipient which data it holds</comment>
        <translation>Ask for a copy</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) ticked.</source>
        <translation><numerusform>%n choice ticked.</numerusform><numerusform>%n choices ticked.</numerusform></translation>
    </message>
    <message>
        <source>Nothing ticked: that is fine too.</source>
        <translation>Nothing ticked: that is fine too.</translation>
    </message>
    <message>
        <source>Continue to signing</source>
        <translation>Continue to signing</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Flow picture: which data went to which recipient, in which country</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation><numerusform>%n other</numerusform><numerusform>%n others</numerusform></translation>
    </message>
    <message>
        <source>Data</source>
        <comment>flow picture column: kinds of data</comment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Recipients</source>
        <comment>flow picture column</comment>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Countries</source>
        <comment>flow picture column</comment>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Solid line: Switzerland deems the protection adequate</source>
        <translation>Solid line: Switzerland deems the protection adequate</translation>
    </message>
    <message>
        <source>Dashed line: not deemed adequate, or not known</source>
        <translation>Dashed line: not deemed adequate, or not known</translation>
    </message>
    <message>
        <source>Thicker line: data sent more often</source>
        <translation>Thicker line: data sent more often</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation><numerusform>For your privacy, this screen will be cleared in %n second.</numerusform><numerusform>For your privacy, this screen will be cleared in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>InShortCard</name>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>Swipe, or tap Next, to read more.</source>
        <translation>Swipe, or tap Next, to read more.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vitrine</source>
        <translation>Vitrine</translation>
    </message>
</context>
<context>
    <name>NewCard</name>
    <message>
        <source>Compared with the review at your last visit.</source>
        <translation>Compared with the review at your last visit.</translation>
    </message>
    <message>
        <source>This is the first review of this car with us.</source>
        <translation>This is the first review of this car with us.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today: new recipients, new kinds of data, and whether your car sent more or less.</source>
        <translation>At your next visit, this card will show what has changed since today: new recipients, new kinds of data, and whether your car sent more or less.</translation>
    </message>
    <message>
        <source>Nothing has changed since your last visit.</source>
        <translation>Nothing has changed since your last visit.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation><numerusform>%n digit entered</numerusform><numerusform>%n digits entered</numerusform></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirm PIN</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>Most private first. The bar compares each kind of data with the most frequent one.</source>
        <translation>Most private first. The bar compares each kind of data with the most frequent one.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>In short</source>
        <comment>card title</comment>
        <translation>In short</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <comment>card title</comment>
        <translation>What your car recorded</translation>
    </message>
    <message>
        <source>Where it went</source>
        <comment>card title</comment>
        <translation>Where it went</translation>
    </message>
    <message>
        <source>When</source>
        <comment>card title: the timeline</comment>
        <translation>When</translation>
    </message>
    <message>
        <source>New since your last visit</source>
        <comment>card title</comment>
        <translation>New since your last visit</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>card title</comment>
        <translation>Your choices</translation>
    </message>
    <message>
        <source>Your privacy review</source>
        <translation>Your privacy review</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: hand the kiosk back to the advisor</comment>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <comment>card indicator: card 2 of 6: its title</comment>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>Your privacy review</translation>
    </message>
    <message>
        <source>Signing comes next</source>
        <translation>Signing comes next</translation>
    </message>
    <message>
        <source>Soon you and your advisor will sign here, and the kiosk will print your privacy review sheet to take home.</source>
        <translation>Soon you and your advisor will sign here, and the kiosk will print your privacy review sheet to take home.</translation>
    </message>
    <message>
        <source>When you tap Finish, this screen is cleared: the next customer sees nothing of your review.</source>
        <translation>When you tap Finish, this screen is cleared: the next customer sees nothing of your review.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Back to your choices</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Advisor access</source>
        <translation>Advisor access</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Please wait %n second before trying again.</numerusform><numerusform>Please wait %n seconds before trying again.</numerusform></translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Demo PIN: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message numerus="yes">
        <source>Week starting %1: %Ln event(s)</source>
        <comment>chart: one week's total</comment>
        <translation><numerusform>Week starting %1: %Ln event</numerusform><numerusform>Week starting %1: %Ln events</numerusform></translation>
    </message>
    <message>
        <source>Tap a bar to see its week.</source>
        <translation>Tap a bar to see its week.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <comment>chart: the busiest week's total, at the top line</comment>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
</context>
<context>
    <name>WhenCard</name>
    <message>
        <source>Events per week, %1.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Events per week, %1.</translation>
    </message>
</context>
<context>
    <name>WhereCard</name>
    <message>
        <source>Who received data from your car, in which country, and whether Switzerland deems the protection there adequate.</source>
        <translation>Who received data from your car, in which country, and whether Switzerland deems the protection there adequate.</translation>
    </message>
    <message>
        <source>Each recipient</source>
        <comment>heading above the list of recipients</comment>
        <translation>Each recipient</translation>
    </message>
    <message>
        <source>Data received: %1</source>
        <translation>Data received: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Please wait %n second before trying again.</numerusform><numerusform>Please wait %n seconds before trying again.</numerusform></translation>
    </message>
    <message>
        <source>No advisor PIN has been set.</source>
        <translation>No advisor PIN has been set.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>This PIN is not right.</translation>
    </message>
</context>
<context>
    <name>vitrine::Refusal</name>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>The file cannot be opened (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
        <source>The compressed file is damaged.</source>
        <translation>The compressed file is damaged.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>The file is empty: it has no header line.</translation>
    </message>
    <message>
        <source>The first line is not a valid header.</source>
        <translation>The first line is not a valid header.</translation>
    </message>
    <message>
        <source>This is not a car data log (VDFL).</source>
        <translation>This is not a car data log (VDFL).</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the format (%1). Please update Vitrine.</source>
        <translation>The file was made by a newer version of the format (%1). Please update Vitrine.</translation>
    </message>
    <message>
        <source>The format version in the header is not valid.</source>
        <translation>The format version in the header is not valid.</translation>
    </message>
    <message>
        <source>The header gives no vehicle identification number (VIN).</source>
        <translation>The header gives no vehicle identification number (VIN).</translation>
    </message>
    <message>
        <source>"%1" is not a valid vehicle identification number (VIN).</source>
        <translation>"%1" is not a valid vehicle identification number (VIN).</translation>
    </message>
    <message>
        <source>The header field %1 is not valid.</source>
        <translation>The header field %1 is not valid.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::Rejection</name>
    <message>
        <source>This line is not a readable record.</source>
        <translation>This line is not a readable record.</translation>
    </message>
    <message>
        <source>This line holds characters that are not valid text.</source>
        <translation>This line holds characters that are not valid text.</translation>
    </message>
    <message>
        <source>This line is longer than 1 MB.</source>
        <translation>This line is longer than 1 MB.</translation>
    </message>
    <message>
        <source>The time (t) is missing.</source>
        <translation>The time (t) is missing.</translation>
    </message>
    <message>
        <source>The time (t) is not a valid date and time.</source>
        <translation>The time (t) is not a valid date and time.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is missing.</source>
        <translation>The kind of event (kind) is missing.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is unknown.</source>
        <translation>The kind of event (kind) is unknown.</translation>
    </message>
    <message>
        <source>The data (data) is missing.</source>
        <translation>The data (data) is missing.</translation>
    </message>
    <message>
        <source>The data (data) is neither text nor a list of texts.</source>
        <translation>The data (data) is neither text nor a list of texts.</translation>
    </message>
    <message>
        <source>The data (data) is empty.</source>
        <translation>The data (data) is empty.</translation>
    </message>
    <message>
        <source>The data item "%1" is not a known kind of data.</source>
        <translation>The data item "%1" is not a known kind of data.</translation>
    </message>
    <message>
        <source>The recipient (to) is missing.</source>
        <translation>The recipient (to) is missing.</translation>
    </message>
    <message>
        <source>The recipient (to) is not a valid address.</source>
        <translation>The recipient (to) is not a valid address.</translation>
    </message>
    <message>
        <source>The intermediary (via) is not a valid address.</source>
        <translation>The intermediary (via) is not a valid address.</translation>
    </message>
    <message>
        <source>The size (bytes) is not a whole number of 0 or more.</source>
        <translation>The size (bytes) is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>The number of events (count) is not a whole number of 1 or more.</source>
        <translation>The number of events (count) is not a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>The connection (channel) is unknown.</source>
        <translation>The connection (channel) is unknown.</translation>
    </message>
    <message>
        <source>The legal basis (basis) is unknown.</source>
        <translation>The legal basis (basis) is unknown.</translation>
    </message>
    <message>
        <source>The purpose (purpose) is not text.</source>
        <translation>The purpose (purpose) is not text.</translation>
    </message>
    <message>
        <source>The consent (consent) is not text.</source>
        <translation>The consent (consent) is not text.</translation>
    </message>
    <message>
        <source>This line was rejected.</source>
        <translation>This line was rejected.</translation>
    </message>
</context>
<context>
    <name>vitrine::Review</name>
    <message>
        <source>unknown recipient</source>
        <translation>unknown recipient</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>unknown country</translation>
    </message>
    <message>
        <source>New recipient: %1</source>
        <translation>New recipient: %1</translation>
    </message>
    <message>
        <source>No longer received data: %1</source>
        <translation>No longer received data: %1</translation>
    </message>
    <message>
        <source>Newly recorded: %1</source>
        <translation>Newly recorded: %1</translation>
    </message>
    <message>
        <source>No longer recorded: %1</source>
        <translation>No longer recorded: %1</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % more per day than last time.</source>
        <translation>Your car recorded about %1 % more per day than last time.</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % less per day than last time.</source>
        <translation>Your car recorded about %1 % less per day than last time.</translation>
    </message>
    <message>
        <source>Your car recorded about as much per day as last time.</source>
        <translation>Your car recorded about as much per day as last time.</translation>
    </message>
    <message>
        <source>Your car</source>
        <translation>Your car</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln line read</numerusform><numerusform>%Ln lines read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation><numerusform>%Ln refused</numerusform><numerusform>%Ln refused</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::Store</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2.</source>
        <translation>Cannot create the database file %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Cannot read the database file %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Vitrine database.</source>
        <translation>The file %1 is not a Vitrine database.</translation>
    </message>
    <message>
        <source>The passphrase is empty. The database needs a passphrase.</source>
        <translation>The passphrase is empty. The database needs a passphrase.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>The database key could not be derived: not enough memory, or invalid key derivation settings.</source>
        <translation>The database key could not be derived: not enough memory, or invalid key derivation settings.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database.</source>
        <translation>The passphrase does not open this database.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</source>
        <translation>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</translation>
    </message>
    <message>
        <source>The import has no vehicle identification number (VIN).</source>
        <translation>The import has no vehicle identification number (VIN).</translation>
    </message>
    <message>
        <source>The file fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>The file fingerprint is not a SHA-256 (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>The review report is not valid JSON: %1</source>
        <translation>The review report is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>The retention period cannot be negative.</translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation>An audit entry needs an action.</translation>
    </message>
    <message>
        <source>The audit trail has been altered: entry %1 was changed, removed or inserted.</source>
        <translation>The audit trail has been altered: entry %1 was changed, removed or inserted.</translation>
    </message>
</context>
<context>
    <name>vitrine::cli</name>
    <message>
        <source>classify reads paths on standard input; it takes no arguments.</source>
        <translation>classify reads paths on standard input; it takes no arguments.</translation>
    </message>
    <message>
        <source>not a VSS path (Vehicle.…)</source>
        <translation>not a VSS path (Vehicle.…)</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr, de, it or en.</source>
        <translation>Unknown language "%1": use fr, de, it or en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk's store: </source>
        <translation>Passphrase of the kiosk's store: </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>No passphrase given.</translation>
    </message>
    <message>
        <source>Writes a realistic demo car data log.</source>
        <translation>Writes a realistic demo car data log.</translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation>How many events.</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same log.</source>
        <translation>Seed: the same seed gives the same log.</translation>
    </message>
    <message>
        <source>Days covered.</source>
        <translation>Days covered.</translation>
    </message>
    <message>
        <source>Output file; gzip when it ends in .gz.</source>
        <translation>Output file; gzip when it ends in .gz.</translation>
    </message>
    <message>
        <source>--events and --days take whole numbers of 1 or more; --seed a whole number of 0 or more.</source>
        <translation>--events and --days take whole numbers of 1 or more; --seed a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records, %3 events, VIN %4.</source>
        <translation>Wrote %1: %2 records, %3 events, VIN %4.</translation>
    </message>
    <message>
        <source>Shows what a car data log holds.</source>
        <translation>Shows what a car data log holds.</translation>
    </message>
    <message>
        <source>The machine-readable report.</source>
        <translation>The machine-readable report.</translation>
    </message>
    <message>
        <source>Language of the plain report.</source>
        <translation>Language of the plain report.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>The log file.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli COMMAND [OPTIONS]

Commands:
  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds
  classify                                     category of each VSS path on standard input
  import --db PATH FILE                        keep a log's summary in the encrypted store
  history --db PATH VIN                        earlier imports of a car
  generate --events N --seed S --out FILE      write a realistic demo log
</source>
        <translation>Usage: vitrine-cli COMMAND [OPTIONS]

Commands:
  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds
  classify                                     category of each VSS path on standard input
  import --db PATH FILE                        keep a log's summary in the encrypted store
  history --db PATH VIN                        earlier imports of a car
  generate --events N --seed S --out FILE      write a realistic demo log
</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>The encrypted store's file.</source>
        <translation>The encrypted store's file.</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Language of the messages.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keeps a log's summary in the encrypted store.</source>
        <translation>Keeps a log's summary in the encrypted store.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): nothing new kept.</source>
        <translation>%1 was already imported on %2 (import %3): nothing new kept.</translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Nothing was kept: %1</translation>
    </message>
    <message>
        <source>Imported %1 for the car %2 (import %3).</source>
        <translation>Imported %1 for the car %2 (import %3).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Lists the earlier imports of a car.</source>
        <translation>Lists the earlier imports of a car.</translation>
    </message>
    <message>
        <source>No import of the car %1 is kept.</source>
        <translation>No import of the car %1 is kept.</translation>
    </message>
    <message>
        <source>Import %1 on %2: %3</source>
        <translation>Import %1 on %2: %3</translation>
    </message>
    <message>
        <source>Events from %1 to %2: %3</source>
        <translation>Events from %1 to %2: %3</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 rejected</source>
        <translation>Lines: %1 read, %2 rejected</translation>
    </message>
    <message>
        <source>Only the summary was kept, not the records.</source>
        <translation>Only the summary was kept, not the records.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of the car %1, newest first:</source>
        <translation><numerusform>%n import of the car %1, newest first:</numerusform><numerusform>%n imports of the car %1, newest first:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln line read</numerusform><numerusform>%Ln lines read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation><numerusform>%Ln rejected</numerusform><numerusform>%Ln rejected</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::generator</name>
    <message>
        <source>The number of events and days must be at least 1.</source>
        <translation>The number of events and days must be at least 1.</translation>
    </message>
</context>
<context>
    <name>vitrine::plain</name>
    <message>
        <source>Location</source>
        <comment>data category</comment>
        <translation>Location</translation>
    </message>
    <message>
        <source>Driving</source>
        <comment>data category</comment>
        <translation>Driving</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>data category</comment>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Inside the car</source>
        <comment>data category</comment>
        <translation>Inside the car</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>data category</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Media and infotainment</source>
        <comment>data category</comment>
        <translation>Media and infotainment</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>data category</comment>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Technical condition</source>
        <comment>data category</comment>
        <translation>Technical condition</translation>
    </message>
    <message>
        <source>Battery, charging and fuel</source>
        <comment>data category</comment>
        <translation>Battery, charging and fuel</translation>
    </message>
    <message>
        <source>Software</source>
        <comment>data category</comment>
        <translation>Software</translation>
    </message>
    <message>
        <source>where the car is and has been</source>
        <translation>where the car is and has been</translation>
    </message>
    <message>
        <source>how the car is driven</source>
        <translation>how the car is driven</translation>
    </message>
    <message>
        <source>the driver's state and body</source>
        <translation>the driver's state and body</translation>
    </message>
    <message>
        <source>who and what is inside</source>
        <translation>who and what is inside</translation>
    </message>
    <message>
        <source>the connected phone: contacts, calls, messages</source>
        <translation>the connected phone: contacts, calls, messages</translation>
    </message>
    <message>
        <source>music, radio and other entertainment</source>
        <translation>music, radio and other entertainment</translation>
    </message>
    <message>
        <source>who you and the car are</source>
        <translation>who you and the car are</translation>
    </message>
    <message>
        <source>software versions and updates</source>
        <translation>software versions and updates</translation>
    </message>
    <message>
        <source>very private</source>
        <translation>very private</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>not very private</source>
        <translation>not very private</translation>
    </message>
    <message>
        <source>carmaker</source>
        <comment>recipient role</comment>
        <translation>carmaker</translation>
    </message>
    <message>
        <source>maps and traffic</source>
        <comment>recipient role</comment>
        <translation>maps and traffic</translation>
    </message>
    <message>
        <source>voice assistant</source>
        <comment>recipient role</comment>
        <translation>voice assistant</translation>
    </message>
    <message>
        <source>mobile network</source>
        <comment>recipient role</comment>
        <translation>mobile network</translation>
    </message>
    <message>
        <source>insurer</source>
        <comment>recipient role</comment>
        <translation>insurer</translation>
    </message>
    <message>
        <source>data broker</source>
        <comment>recipient role</comment>
        <translation>data broker</translation>
    </message>
    <message>
        <source>music and video streaming</source>
        <comment>recipient role</comment>
        <translation>music and video streaming</translation>
    </message>
    <message>
        <source>charging network</source>
        <comment>recipient role</comment>
        <translation>charging network</translation>
    </message>
    <message>
        <source>cloud service</source>
        <comment>recipient role</comment>
        <translation>cloud service</translation>
    </message>
    <message>
        <source>software and updates</source>
        <comment>recipient role</comment>
        <translation>software and updates</translation>
    </message>
    <message>
        <source>breakdown service</source>
        <comment>recipient role</comment>
        <translation>breakdown service</translation>
    </message>
    <message>
        <source>fleet telematics</source>
        <comment>recipient role</comment>
        <translation>fleet telematics</translation>
    </message>
    <message>
        <source>%1 is in Switzerland: Swiss data protection law applies.</source>
        <translation>%1 is in Switzerland: Swiss data protection law applies.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately.</source>
        <translation>Switzerland considers that %1's country protects data adequately.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately for private companies.</source>
        <translation>Switzerland considers that %1's country protects data adequately for private companies.</translation>
    </message>
    <message>
        <source>%1 is in the USA. Switzerland considers data safe there only with companies certified under the Swiss-US Data Privacy Framework, and %1 is not known to be certified.</source>
        <translation>%1 is in the USA. Switzerland considers data safe there only with companies certified under the Swiss-US Data Privacy Framework, and %1 is not known to be certified.</translation>
    </message>
    <message>
        <source>Switzerland does not consider that %1's country protects data adequately.</source>
        <translation>Switzerland does not consider that %1's country protects data adequately.</translation>
    </message>
    <message>
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 is not in our list: we do not know who runs it or in which country.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation><numerusform>once</numerusform><numerusform>%Ln times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation><numerusform>about %Ln time</numerusform><numerusform>about %Ln times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation><numerusform>about %Ln event</numerusform><numerusform>about %Ln events</numerusform></translation>
    </message>
    <message>
        <source>about %1 kB</source>
        <translation>about %1 kB</translation>
    </message>
    <message>
        <source>about %1 MB</source>
        <translation>about %1 MB</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>about %1 GB</translation>
    </message>
    <message>
        <source>about %1 TB</source>
        <translation>about %1 TB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation><numerusform>%Ln byte</numerusform><numerusform>%Ln bytes</numerusform></translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>mileage, faults, tyres and maintenance</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>battery level, charging and fuel use</translation>
    </message>
</context>
<context>
    <name>vitrine::summary</name>
    <message>
        <source>The file names your car but holds no readable events.</source>
        <translation>The file names your car but holds no readable events.</translation>
    </message>
    <message>
        <source>Between %1 and %2, your car recorded %3.</source>
        <translation>Between %1 and %2, your car recorded %3.</translation>
    </message>
    <message>
        <source>Nothing left the car.</source>
        <translation>Nothing left the car.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation><numerusform>%n recipient</numerusform><numerusform>%n recipients</numerusform></translation>
    </message>
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>Data left the car %1 and went to %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation><numerusform>%n recipient is in a country whose data protection Switzerland does not consider adequate.</numerusform><numerusform>%n recipients are in countries whose data protection Switzerland does not consider adequate.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %n recipient(s) are, nor where they are.</source>
        <translation><numerusform>%n recipient is unknown to us: we do not know who it is or where it is.</numerusform><numerusform>%n recipients are unknown to us: we do not know who they are or where they are.</numerusform></translation>
    </message>
    <message>
        <source>Every recipient is in a country whose data protection Switzerland considers adequate.</source>
        <translation>Every recipient is in a country whose data protection Switzerland considers adequate.</translation>
    </message>
    <message>
        <source>Your car (VIN %1)</source>
        <translation>Your car (VIN %1)</translation>
    </message>
    <message>
        <source>Your %1 (VIN %2)</source>
        <translation>Your %1 (VIN %2)</translation>
    </message>
    <message>
        <source>The export says it covers %1 to %2.</source>
        <translation>The export says it covers %1 to %2.</translation>
    </message>
    <message>
        <source>The events in it run from %1 to %2.</source>
        <translation>The events in it run from %1 to %2.</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>In short</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <translation>What your car recorded</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Where it went</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>What could not be read</translation>
    </message>
    <message>
        <source>This report shows what the exported file contains, nothing more.</source>
        <translation>This report shows what the exported file contains, nothing more.</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) we know of</source>
        <translation><numerusform>%n country we know of</numerusform><numerusform>%n countries we know of</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2; %3): %4</source>
        <translation>%1 (%2; %3): %4</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>%1 (unknown recipient): %2</source>
        <translation>%1 (unknown recipient): %2</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Data: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation><numerusform>%n line of the file could not be read:</numerusform><numerusform>%n lines of the file could not be read:</numerusform></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
</TS>
