<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <message>
        <source>No data log has been imported. Import the car&apos;s log from the USB stick, then check it here.</source>
        <translation>No data log has been imported. Import the car&apos;s log from the USB stick, then check it here.</translation>
    </message>
    <message>
        <source>Import from a USB stick</source>
        <translation>Import from a USB stick</translation>
    </message>
    <message>
        <source>Newest first. Tap Import on the car&apos;s log.</source>
        <translation>Newest first. Tap Import on the car&apos;s log.</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the car&apos;s data log.</source>
        <translation>Plug in the USB stick with the car&apos;s data log.</translation>
    </message>
    <message>
        <source>Its logs appear here by themselves after a few seconds. A log&apos;s name ends in .jsonl or .jsonl.gz.</source>
        <translation>Its logs appear here by themselves after a few seconds. A log&apos;s name ends in .jsonl or .jsonl.gz.</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, saved on %2</translation>
    </message>
    <message>
        <source>On the stick “%1”</source>
        <translation>On the stick “%1”</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Only the newest logs are shown.</source>
        <translation>Only the newest logs are shown.</translation>
    </message>
    <message>
        <source>Check a sheet</source>
        <translation>Check a sheet</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>The customer&apos;s sheet could not be made.</source>
        <translation>The customer&apos;s sheet could not be made.</translation>
    </message>
    <message>
        <source>The last print failed.</source>
        <translation>The last print failed.</translation>
    </message>
    <message>
        <source>Back to the customer&apos;s sheet</source>
        <translation>Back to the customer&apos;s sheet</translation>
    </message>
    <message>
        <source>Sheets waiting to be printed</source>
        <translation>Sheets waiting to be printed</translation>
    </message>
    <message numerus="yes">
        <source>Each is deleted after %n day(s) if it is not printed.</source>
        <translation>
            <numerusform>Each is deleted after %n day if it is not printed.</numerusform>
            <numerusform>Each is deleted after %n days if it is not printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, this session</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2, this session</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the sheet %1</source>
        <translation>Print the sheet %1</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged.</source>
        <translation>The kiosk&apos;s records are damaged.</translation>
    </message>
    <message>
        <source>Parts of them can no longer be read, and the kiosk keeps nothing more in them. Reviews still work, but without the last visit. Restore the records from the backup.</source>
        <translation>Parts of them can no longer be read, and the kiosk keeps nothing more in them. Reviews still work, but without the last visit. Restore the records from the backup.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car&apos;s data, in plain words</source>
        <translation>Your car&apos;s data, in plain words</translation>
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
        <comment>choice: stop this sharing in the car&apos;s settings</comment>
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
        <translation>
            <numerusform>%n choice ticked.</numerusform>
            <numerusform>%n choices ticked.</numerusform>
        </translation>
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
    <message>
        <source>Your sheet is printed. Drive safely.</source>
        <translation>Your sheet is printed. Drive safely.</translation>
    </message>
    <message>
        <source>Your sheet is on your USB stick. Drive safely.</source>
        <translation>Your sheet is on your USB stick. Drive safely.</translation>
    </message>
    <message>
        <source>Your advisor will print your sheet for you. Drive safely.</source>
        <translation>Your advisor will print your sheet for you. Drive safely.</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen. Drive safely.</source>
        <translation>Your review is wiped from the screen. Drive safely.</translation>
    </message>
</context>
<context>
    <name>EndQuestion</name>
    <message>
        <source>End the session?</source>
        <translation>End the session?</translation>
    </message>
    <message>
        <source>Finish without a sheet?</source>
        <translation>Finish without a sheet?</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen.</source>
        <translation>Your review is wiped from the screen.</translation>
    </message>
    <message>
        <source>Please take your printed sheet with you.</source>
        <translation>Please take your printed sheet with you.</translation>
    </message>
    <message>
        <source>Your sheet stays on your USB stick.</source>
        <translation>Your sheet stays on your USB stick.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and prints it for you later.</source>
        <translation>Your advisor keeps your sheet and prints it for you later.</translation>
    </message>
    <message>
        <source>Your sheet was not printed, saved or kept: it is wiped too.</source>
        <translation>Your sheet was not printed, saved or kept: it is wiped too.</translation>
    </message>
    <message>
        <source>No sheet is made or kept.</source>
        <translation>No sheet is made or kept.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Flow picture: which data went to which recipient, in which country</translation>
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
        <source>Thicker line: data sent more often</source>
        <translation>Thicker line: data sent more often</translation>
    </message>
    <message>
        <source>Key to the lines</source>
        <translation>Key to the lines</translation>
    </message>
    <message>
        <source>Line colour: the kind of data, as in the left column</source>
        <translation>Line colour: the kind of data, as in the left column</translation>
    </message>
    <message>
        <source>Dashed line: protection not adequate, or unknown</source>
        <translation>Dashed line: protection not adequate, or unknown</translation>
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
        <translation>
            <numerusform>For your privacy, this screen will be cleared in %n second.</numerusform>
            <numerusform>For your privacy, this screen will be cleared in %n seconds.</numerusform>
        </translation>
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
        <source>Nothing has changed since your last visit.</source>
        <translation>Nothing has changed since your last visit.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today. It will list new recipients and new kinds of data, and say whether your car sent more or less.</source>
        <translation>At your next visit, this card will show what has changed since today. It will list new recipients and new kinds of data, and say whether your car sent more or less.</translation>
    </message>
    <message>
        <source>The kiosk could not read its records of earlier visits, so this card cannot show what has changed since then.</source>
        <translation>The kiosk could not read its records of earlier visits, so this card cannot show what has changed since then.</translation>
    </message>
</context>
<context>
    <name>OpenScreen</name>
    <message>
        <source>This kiosk is locked</source>
        <translation>This kiosk is locked</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Preparing the demo</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records</source>
        <translation>The kiosk cannot open its records</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>Open the kiosk</translation>
    </message>
    <message>
        <source>The demo keeps its records only until it closes.</source>
        <translation>The demo keeps its records only until it closes.</translation>
    </message>
    <message>
        <source>Please call the person who looks after this kiosk.</source>
        <translation>Please call the person who looks after this kiosk.</translation>
    </message>
    <message>
        <source>Type the kiosk&apos;s passphrase to open its records.</source>
        <translation>Type the kiosk&apos;s passphrase to open its records.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Opening the kiosk&apos;s records. This takes a moment.</source>
        <translation>Opening the kiosk&apos;s records. This takes a moment.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirm PIN</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Your privacy review sheet</source>
        <translation>Your privacy review sheet</translation>
    </message>
    <message>
        <source>This is the sheet you take home, exactly as it will be printed.</source>
        <translation>This is the sheet you take home, exactly as it will be printed.</translation>
    </message>
    <message>
        <source>The pages of your sheet</source>
        <translation>The pages of your sheet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Preparing your sheet and signing it. This takes a moment.</source>
        <translation>Preparing your sheet and signing it. This takes a moment.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Whole pages</source>
        <translation>Whole pages</translation>
    </message>
    <message>
        <source>Zoom to the width</source>
        <translation>Zoom to the width</translation>
    </message>
    <message>
        <source>Print your sheet</source>
        <translation>Print your sheet</translation>
    </message>
    <message>
        <source>Demo: this sheet is signed with a made-up certificate. It is not a real dealer&apos;s sheet.</source>
        <translation>Demo: this sheet is signed with a made-up certificate. It is not a real dealer&apos;s sheet.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing. This can take a minute.</source>
        <translation>Printing. This can take a minute.</translation>
    </message>
    <message numerus="yes">
        <source>You asked %n recipient(s) for a copy of your data. The kiosk can print a letter ready to send to each.</source>
        <translation>
            <numerusform>You asked %n recipient for a copy of your data. The kiosk can print a letter ready to send.</numerusform>
            <numerusform>You asked %n recipients for a copy of your data. The kiosk can print a letter ready to send to each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letters again</source>
        <translation>Print the letters again</translation>
    </message>
    <message>
        <source>Print the request letters too</source>
        <translation>Print the request letters too</translation>
    </message>
    <message>
        <source>Printing the letters.</source>
        <translation>Printing the letters.</translation>
    </message>
    <message>
        <source>Back to signing</source>
        <translation>Back to signing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your sheet cannot be made here today.</source>
        <translation>Your sheet cannot be made here today.</translation>
    </message>
    <message>
        <source>You can finish without it, or call your advisor.</source>
        <translation>You can finish without it, or call your advisor.</translation>
    </message>
    <message>
        <source>Call the advisor</source>
        <translation>Call the advisor</translation>
    </message>
    <message>
        <source>Finish without a sheet</source>
        <translation>Finish without a sheet</translation>
    </message>
    <message>
        <source>Your sheet is not lost. What would you like to do?</source>
        <translation>Your sheet is not lost. What would you like to do?</translation>
    </message>
    <message>
        <source>Save as PDF on my USB stick</source>
        <translation>Save as PDF on my USB stick</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Do not save</translation>
    </message>
    <message>
        <source>Keep it for my advisor to print later</source>
        <translation>Keep it for my advisor to print later</translation>
    </message>
    <message>
        <source>It is signed by the dealer. With its verification code, anyone can check later that it is genuine.</source>
        <translation>It is signed by the dealer. With its verification code, anyone can check later that it is genuine.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>End without a sheet</source>
        <translation>End without a sheet</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>The most private kinds come first. The bar compares each kind of data with the most frequent one.</source>
        <translation>The most private kinds come first. The bar compares each kind of data with the most frequent one.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Kinds of data in the export</translation>
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
    <name>SetupScreen</name>
    <message>
        <source>Setting up this kiosk</source>
        <translation>Setting up this kiosk</translation>
    </message>
    <message>
        <source>Choose the kiosk&apos;s passphrase</source>
        <translation>Choose the kiosk&apos;s passphrase</translation>
    </message>
    <message>
        <source>Choose the advisor PIN</source>
        <translation>Choose the advisor PIN</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Enter the same PIN again</translation>
    </message>
    <message numerus="yes">
        <source>It locks everything the kiosk keeps. Use at least %n characters. Write it down and keep it in a safe place: without it, the kiosk&apos;s records cannot be opened.</source>
        <translation>
            <numerusform>It locks everything the kiosk keeps. Use at least %n character. Write it down and keep it in a safe place: without it, the kiosk&apos;s records cannot be opened.</numerusform>
            <numerusform>It locks everything the kiosk keeps. Use at least %n characters. Write it down and keep it in a safe place: without it, the kiosk&apos;s records cannot be opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>Setting up the kiosk&apos;s records. This takes a moment.</source>
        <translation>Setting up the kiosk&apos;s records. This takes a moment.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Advisors type this PIN to unlock the kiosk. Use %1 to %2 digits, not an easy one like 1111, 1234 or 1212.</source>
        <translation>Advisors type this PIN to unlock the kiosk. Use %1 to %2 digits, not an easy one like 1111, 1234 or 1212.</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>Your privacy review</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Back to your choices</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translation>Please sign</translation>
    </message>
    <message>
        <source>By signing, you confirm you have seen this review. Your advisor signs that the data shown is what your car&apos;s log contains.</source>
        <translation>By signing, you confirm you have seen this review. Your advisor signs that the data shown is what your car&apos;s log contains.</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Your signature</translation>
    </message>
    <message>
        <source>Your advisor&apos;s signature</source>
        <translation>Your advisor&apos;s signature</translation>
    </message>
    <message>
        <source>When both of you have signed, tap Finish.</source>
        <translation>When both of you have signed, tap Finish.</translation>
    </message>
    <message>
        <source>Today this kiosk cannot make your signed sheet. You can still sign and finish; your advisor can tell you more.</source>
        <translation>Today this kiosk cannot make your signed sheet. You can still sign and finish; your advisor can tell you more.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Sign here with your finger</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Please sign with your name. A tick or a dot is not enough.</source>
        <translation>Please sign with your name. A tick or a dot is not enough.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Bar chart: how often your car recorded data, by kind of data</source>
        <translation>Bar chart: how often your car recorded data, by kind of data</translation>
    </message>
    <message>
        <source>Tap a bar to see its number.</source>
        <translation>Tap a bar to see its number.</translation>
    </message>
    <message>
        <source>Key to the colours</source>
        <translation>Key to the colours</translation>
    </message>
</context>
<context>
    <name>TyresPanel</name>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>Your tyres, as the carmaker knows them</translation>
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
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
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
    <name>VerifyScreen</name>
    <message>
        <source>Check a sheet</source>
        <translation>Check a sheet</translation>
    </message>
    <message>
        <source>Is a sheet someone brings back genuine? Check its PDF file, or the code printed on it.</source>
        <translation>Is a sheet someone brings back genuine? Check its PDF file, or the code printed on it.</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
    </message>
    <message>
        <source>The verification code on a paper sheet</source>
        <translation>The verification code on a paper sheet</translation>
    </message>
    <message>
        <source>For example K7QF-3MZD-9W</source>
        <translation>For example K7QF-3MZD-9W</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>PDF files on the USB stick</source>
        <translation>PDF files on the USB stick</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the sheet&apos;s PDF file. Its files appear here by themselves after a few seconds.</source>
        <translation>Plug in the USB stick with the sheet&apos;s PDF file. Its files appear here by themselves after a few seconds.</translation>
    </message>
    <message>
        <source>%1, saved on %2, on the stick “%3”</source>
        <comment>a file: its size, the date and time it was saved, the stick&apos;s name</comment>
        <translation>%1, saved on %2, on the stick “%3”</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, saved on %2</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>The answer</translation>
    </message>
    <message>
        <source>Choose a sheet to check, or type the code printed on it.</source>
        <translation>Choose a sheet to check, or type the code printed on it.</translation>
    </message>
    <message>
        <source>Checking the sheet&apos;s signature.</source>
        <translation>Checking the sheet&apos;s signature.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Kiosk&apos;s records</source>
        <translation>Kiosk&apos;s records</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Check %1</translation>
    </message>
    <message>
        <source>Sheets issued in this session</source>
        <translation>Sheets issued in this session</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>a sheet: its language, the date and time it was made, then what became of it (printed, ...)</comment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>WhenCard</name>
    <message>
        <source>Each bar is one week, Monday to Sunday (%1). Each colour is one kind of data; one recording can hold several kinds.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Each bar is one week, Monday to Sunday (%1). Each colour is one kind of data; one recording can hold several kinds.</translation>
    </message>
    <message>
        <source>Each bar is one day (%1). Each colour is one kind of data; one recording can hold several kinds.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Each bar is one day (%1). Each colour is one kind of data; one recording can hold several kinds.</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <comment>the per day / per week buttons</comment>
        <translation>Show the chart</translation>
    </message>
    <message>
        <source>Per day</source>
        <comment>timeline: one bar per day</comment>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per week</source>
        <comment>timeline: one bar per week</comment>
        <translation>Per week</translation>
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
    <name>vitrine::Check</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message numerus="yes">
        <source>It was printed %n time(s).</source>
        <translation>
            <numerusform>It was printed %n time.</numerusform>
            <numerusform>It was printed %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not been printed.</source>
        <translation>It has not been printed.</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>Not genuine</translation>
    </message>
    <message>
        <source>Code on record</source>
        <translation>Code on record</translation>
    </message>
    <message>
        <source>Not a code</source>
        <translation>Not a code</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>This kiosk issued the sheet with the code %1 on %2, in %3.</source>
        <translation>This kiosk issued the sheet with the code %1 on %2, in %3.</translation>
    </message>
    <message>
        <source>The code alone does not show that a paper copy was not changed: to be sure, check the PDF file of the sheet.</source>
        <translation>The code alone does not show that a paper copy was not changed: to be sure, check the PDF file of the sheet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code. A code has ten letters and digits, like %2.</source>
        <translation>&quot;%1&quot; is not a verification code. A code has ten letters and digits, like %2.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the code cannot be looked up.</source>
        <translation>The kiosk&apos;s records are not open, so the code cannot be looked up.</translation>
    </message>
    <message>
        <source>This kiosk has no sheet with the code %1. Please check the code: it has ten letters and digits, like %2.</source>
        <translation>This kiosk has no sheet with the code %1. Please check the code: it has ten letters and digits, like %2.</translation>
    </message>
    <message>
        <source>Nobody: the file is not signed.</source>
        <translation>Nobody: the file is not signed.</translation>
    </message>
    <message>
        <source>Not named in the signature.</source>
        <translation>Not named in the signature.</translation>
    </message>
    <message>
        <source>Not given in the signature.</source>
        <translation>Not given in the signature.</translation>
    </message>
    <message>
        <source>No verification code was found in the file.</source>
        <translation>No verification code was found in the file.</translation>
    </message>
    <message>
        <source>Not looked up: the kiosk&apos;s records are not open.</source>
        <translation>Not looked up: the kiosk&apos;s records are not open.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet.</source>
        <translation>This kiosk issued this sheet.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet on %1.</source>
        <translation>This kiosk issued this sheet on %1.</translation>
    </message>
    <message>
        <source>This kiosk has no record of this sheet.</source>
        <translation>This kiosk has no record of this sheet.</translation>
    </message>
    <message>
        <source>This kiosk issued a sheet with this code, but it is not this file.</source>
        <translation>This kiosk issued a sheet with this code, but it is not this file.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read, so the code %1 could not be looked up. This says nothing about the sheet. Try again; if it happens again, restore the records from the backup.</source>
        <translation>The kiosk&apos;s records could not be read, so the code %1 could not be looked up. This says nothing about the sheet. Try again; if it happens again, restore the records from the backup.</translation>
    </message>
</context>
<context>
    <name>vitrine::DealerCertificate</name>
    <message>
        <source>The certificate database is protected by a password: please give it.</source>
        <translation>The certificate database is protected by a password: please give it.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database.</source>
        <translation>The password does not open the certificate database.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name must have 1 to 64 characters, without control characters.</source>
        <translation>The dealer&apos;s name must have 1 to 64 characters, without control characters.</translation>
    </message>
    <message>
        <source>The certificate&apos;s nickname must not be empty or contain a colon.</source>
        <translation>The certificate&apos;s nickname must not be empty or contain a colon.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity must be 1 to 30 years.</source>
        <translation>The certificate&apos;s validity must be 1 to 30 years.</translation>
    </message>
    <message>
        <source>No certificate folder was given.</source>
        <translation>No certificate folder was given.</translation>
    </message>
    <message>
        <source>Cannot create the certificate folder %1: %2.</source>
        <translation>Cannot create the certificate folder %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot open the certificate database in %1: %2</source>
        <translation>Cannot open the certificate database in %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the certificate database&apos;s password: %1</source>
        <translation>Cannot set the certificate database&apos;s password: %1</translation>
    </message>
    <message>
        <source>The certificate folder %1 already has a certificate named &quot;%2&quot;. Nothing was changed (use --force to replace it).</source>
        <translation>The certificate folder %1 already has a certificate named &quot;%2&quot;. Nothing was changed (use --force to replace it).</translation>
    </message>
    <message>
        <source>Cannot remove the old certificate: %1</source>
        <translation>Cannot remove the old certificate: %1</translation>
    </message>
    <message>
        <source>Cannot make the key pair: %1</source>
        <translation>Cannot make the key pair: %1</translation>
    </message>
    <message>
        <source>Cannot make a certificate for the name &quot;%1&quot;: %2</source>
        <translation>Cannot make a certificate for the name &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot make the certificate: %1</source>
        <translation>Cannot make the certificate: %1</translation>
    </message>
    <message>
        <source>Cannot store the certificate: %1</source>
        <translation>Cannot store the certificate: %1</translation>
    </message>
    <message>
        <source>Cannot mark the certificate as trusted: %1</source>
        <translation>Cannot mark the certificate as trusted: %1</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>There is no certificate database in %1.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>The certificate folder %1 has no certificate named &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>vitrine::EntryProblem</name>
    <message>
        <source>%1: this name points outside the archive. It was not read.</source>
        <translation>%1: this name points outside the archive. It was not read.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Vitrine cannot read it.</source>
        <translation>%1 is protected by a password. Vitrine cannot read it.</translation>
    </message>
    <message>
        <source>%1 is too large to be read.</source>
        <translation>%1 is too large to be read.</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than real data does. It was not read.</source>
        <translation>%1 unpacks to far more than real data does. It was not read.</translation>
    </message>
    <message>
        <source>The archive holds too many files. The rest was not read.</source>
        <translation>The archive holds too many files. The rest was not read.</translation>
    </message>
    <message>
        <source>%1 holds archives inside archives too deep. It was not read.</source>
        <translation>%1 holds archives inside archives too deep. It was not read.</translation>
    </message>
    <message>
        <source>The archive holds too much data. The rest was not read.</source>
        <translation>The archive holds too much data. The rest was not read.</translation>
    </message>
    <message>
        <source>The archive is damaged. What came before the damage was read.</source>
        <translation>The archive is damaged. What came before the damage was read.</translation>
    </message>
    <message>
        <source>%1 is damaged. What came before the damage was read.</source>
        <translation>%1 is damaged. What came before the damage was read.</translation>
    </message>
</context>
<context>
    <name>vitrine::ExportDetails</name>
    <message>
        <source>Front left</source>
        <comment>a tyre</comment>
        <translation>Front left</translation>
    </message>
    <message>
        <source>Front right</source>
        <comment>a tyre</comment>
        <translation>Front right</translation>
    </message>
    <message>
        <source>Rear left</source>
        <comment>a tyre</comment>
        <translation>Rear left</translation>
    </message>
    <message>
        <source>Rear right</source>
        <comment>a tyre</comment>
        <translation>Rear right</translation>
    </message>
    <message>
        <source>Summer tyres</source>
        <translation>Summer tyres</translation>
    </message>
    <message>
        <source>Winter tyres</source>
        <translation>Winter tyres</translation>
    </message>
    <message>
        <source>All-season tyres</source>
        <translation>All-season tyres</translation>
    </message>
    <message>
        <source>The carmaker rates the wear green.</source>
        <translation>The carmaker rates the wear green.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear yellow.</source>
        <translation>The carmaker rates the wear yellow.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear orange.</source>
        <translation>The carmaker rates the wear orange.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear red.</source>
        <translation>The carmaker rates the wear red.</translation>
    </message>
    <message>
        <source>Production date: %1</source>
        <comment>as the export writes it, often week and year</comment>
        <translation>Production date: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tyre set (wheels)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>tyre set and wheels: facts</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Mounted tyres</source>
        <translation>Mounted tyres</translation>
    </message>
    <message>
        <source>Tyres in storage</source>
        <translation>Tyres in storage</translation>
    </message>
    <message>
        <source>All four</source>
        <comment>tyres</comment>
        <translation>All four</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>tyres</comment>
        <translation>Front</translation>
    </message>
    <message>
        <source>Rear</source>
        <comment>tyres</comment>
        <translation>Rear</translation>
    </message>
    <message>
        <source>Your car&apos;s learning navigation is in the export, but it has learned no places yet.</source>
        <translation>Your car&apos;s learning navigation is in the export, but it has learned no places yet.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln place(s), such as where you park at night.</source>
        <translation>
            <numerusform>Your car has learned %Ln place, such as where you park at night.</numerusform>
            <numerusform>Your car has learned %Ln places, such as where you park at night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has also learned %Ln route(s) between them.</source>
        <translation>
            <numerusform>It has also learned %Ln route between them.</numerusform>
            <numerusform>It has also learned %Ln routes between them.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the most private part of the export. Vitrine only counts it and never shows where these places are.</source>
        <translation>This is the most private part of the export. Vitrine only counts it and never shows where these places are.</translation>
    </message>
    <message>
        <source>The charging history in the export is empty.</source>
        <translation>The charging history in the export is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s), from %1 to %2.</source>
        <translation>
            <numerusform>The export holds %Ln charging session, from %1 to %2.</numerusform>
            <numerusform>The export holds %Ln charging sessions, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s).</source>
        <translation>
            <numerusform>The export holds %Ln charging session.</numerusform>
            <numerusform>The export holds %Ln charging sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln of them it knows where the car charged; Vitrine does not show the addresses.</source>
        <translation>
            <numerusform>For %Ln of them it knows where the car charged; Vitrine does not show the addresses.</numerusform>
            <numerusform>For %Ln of them it knows where the car charged; Vitrine does not show the addresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging providers named: %1.</source>
        <translation>Charging providers named: %1.</translation>
    </message>
    <message>
        <source>The export names no connected service that is active.</source>
        <translation>The export names no connected service that is active.</translation>
    </message>
    <message>
        <source>Connected services active: %1. These services send data from the car.</source>
        <translation>Connected services active: %1. These services send data from the car.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln route(s).</source>
        <translation>
            <numerusform>Your car has learned %Ln route.</numerusform>
            <numerusform>Your car has learned %Ln routes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
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
    <name>vitrine::Letter</name>
    <message>
        <source>Post: %1</source>
        <translation>Post: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Web form: %1</source>
        <translation>Web form: %1</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office.</source>
        <translation>Privacy contact not known to us: send this letter to the company&apos;s registered office.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker.</source>
        <translation>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker, %1, to pass it on.</source>
        <comment>%1: the carmaker</comment>
        <translation>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker, %1, to pass it on.</translation>
    </message>
    <message>
        <source>Request for information under %1</source>
        <comment>the letter&apos;s subject; %1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>Request for information under %1</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <comment>the letter&apos;s salutation</comment>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <source>Under %1, I ask you to tell me whether you process personal data about me, in particular data from or about my car:</source>
        <comment>%1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>Under %1, I ask you to tell me whether you process personal data about me, in particular data from or about my car:</translation>
    </message>
    <message>
        <source>If you do, please tell me, as %1 provides:</source>
        <comment>%1: the paragraph of the act, as in &quot;art. 25 para. 2 FADP&quot;</comment>
        <translation>If you do, please tell me, as %1 provides:</translation>
    </message>
    <message>
        <source>your identity and contact details as the controller;</source>
        <translation>your identity and contact details as the controller;</translation>
    </message>
    <message>
        <source>the personal data about me that you process;</source>
        <translation>the personal data about me that you process;</translation>
    </message>
    <message>
        <source>what you process it for;</source>
        <translation>what you process it for;</translation>
    </message>
    <message>
        <source>how long you keep it or, if that cannot be said, how you decide how long;</source>
        <translation>how long you keep it or, if that cannot be said, how you decide how long;</translation>
    </message>
    <message>
        <source>what you know about where it came from, if you did not collect it from me;</source>
        <translation>what you know about where it came from, if you did not collect it from me;</translation>
    </message>
    <message>
        <source>whether you take automated individual decisions with it and, if so, the logic they follow;</source>
        <translation>whether you take automated individual decisions with it and, if so, the logic they follow;</translation>
    </message>
    <message>
        <source>to whom you disclose it (the recipients or their categories) and, when it goes abroad, to which countries and with which safeguards.</source>
        <translation>to whom you disclose it (the recipients or their categories) and, when it goes abroad, to which countries and with which safeguards.</translation>
    </message>
    <message>
        <source>Your answer is due within 30 days of receiving this request (%1), and it is free of charge (%2).</source>
        <comment>%1: the article of the ordinance, as in &quot;art. 18 of the Data Protection Ordinance (DPO)&quot;; %2: as in &quot;art. 25 para. 6 FADP&quot;</comment>
        <translation>Your answer is due within 30 days of receiving this request (%1), and it is free of charge (%2).</translation>
    </message>
    <message>
        <source>As your company is established in the EU or the EEA, I also make this request under %1.</source>
        <comment>%1: as in &quot;art. 15 of the General Data Protection Regulation (GDPR)&quot;</comment>
        <translation>As your company is established in the EU or the EEA, I also make this request under %1.</translation>
    </message>
    <message>
        <source>If you need to confirm who I am, please tell me what you need. Please send your answer to the address at the top of this letter.</source>
        <translation>If you need to confirm who I am, please tell me what you need. Please send your answer to the address at the top of this letter.</translation>
    </message>
    <message>
        <source>From (please write your name and address by hand):</source>
        <translation>From (please write your name and address by hand):</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>sender line to fill in</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street and number</source>
        <comment>sender line to fill in</comment>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <comment>sender line to fill in</comment>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>line to fill in</comment>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Car:</source>
        <comment>in the letter</comment>
        <translation>Car:</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN):</source>
        <translation>Vehicle identification number (VIN):</translation>
    </message>
    <message>
        <source>not in the data log</source>
        <translation>not in the data log</translation>
    </message>
    <message>
        <source>The data log exported from my car shows the following about you:</source>
        <translation>The data log exported from my car shows the following about you:</translation>
    </message>
    <message>
        <source>My car sent data to you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>My car sent data to you %1.</translation>
    </message>
    <message>
        <source>Data from my car was passed on to you by another company %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Data from my car was passed on to you by another company %1.</translation>
    </message>
    <message>
        <source>My car received data from you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>My car received data from you %1.</translation>
    </message>
    <message>
        <source>This was between %1 and %2.</source>
        <comment>two dates</comment>
        <translation>This was between %1 and %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of data (how many times)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The kinds of data: %1.</source>
        <comment>%1: a list</comment>
        <translation>The kinds of data: %1.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <comment>closing</comment>
        <translation>Yours faithfully,</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>line to sign on</comment>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Request for information (art. 25 %1) to %2</source>
        <comment>the page footer; %1: the act&apos;s abbreviation, %2: the recipient</comment>
        <translation>Request for information (art. 25 %1) to %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>not in our list of organisations: no one known to address it to</source>
        <translation>not in our list of organisations: no one known to address it to</translation>
    </message>
    <message>
        <source>the data log shows no data exchanged with it</source>
        <translation>the data log shows no data exchanged with it</translation>
    </message>
    <message>
        <source>No letter to write: none of the recipients asked for is an organisation that the data log names.</source>
        <translation>No letter to write: none of the recipients asked for is an organisation that the data log names.</translation>
    </message>
    <message>
        <source>Requests for information</source>
        <comment>the PDF&apos;s title</comment>
        <translation>Requests for information</translation>
    </message>
    <message>
        <source>%1 – please write the full number by hand: it is the chassis number on your registration document</source>
        <comment>%1: the VIN with its middle hidden. The document&apos;s own words: &quot;Fahrgestell-Nr.&quot;, &quot;No de châssis&quot;, &quot;N. di telaio&quot;</comment>
        <translation>%1 – please write the full number by hand: it is the chassis number on your registration document</translation>
    </message>
</context>
<context>
    <name>vitrine::MediaLogModel</name>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies)</source>
        <translation>
            <numerusform>Volkswagen EU Data Act export, %Ln delivery</numerusform>
            <numerusform>Volkswagen EU Data Act export, %Ln deliveries</numerusform>
        </translation>
    </message>
    <message>
        <source>BMW CarData archive</source>
        <translation>BMW CarData archive</translation>
    </message>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies), %1</source>
        <translation>
            <numerusform>Volkswagen EU Data Act export, %Ln delivery, %1</numerusform>
            <numerusform>Volkswagen EU Data Act export, %Ln deliveries, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Print</name>
    <message>
        <source>The review is kept: print again once this is solved.</source>
        <translation>The review is kept: print again once this is solved.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is ready.</source>
        <translation>The printer &quot;%1&quot; is ready.</translation>
    </message>
    <message>
        <source>The sheet was printed on &quot;%1&quot;.</source>
        <translation>The sheet was printed on &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>No printer is set up on this computer.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not set up on this computer. Check the name of the printer in the kiosk&apos;s settings.</source>
        <translation>The printer &quot;%1&quot; is not set up on this computer. Check the name of the printer in the kiosk&apos;s settings.</translation>
    </message>
    <message>
        <source>Several printers are set up and none of them is the default. Choose one in the kiosk&apos;s settings.</source>
        <translation>Several printers are set up and none of them is the default. Choose one in the kiosk&apos;s settings.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>The printing service of this computer (CUPS) does not answer.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is paused. Resume it (for example with: cupsenable %1).</source>
        <translation>The printer &quot;%1&quot; is paused. Resume it (for example with: cupsenable %1).</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept print jobs at the moment. Let it accept them again (for example with: cupsaccept %1).</source>
        <translation>The printer &quot;%1&quot; does not accept print jobs at the moment. Let it accept them again (for example with: cupsaccept %1).</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet this kiosk issued, or it was changed since. Nothing was printed.</source>
        <translation>The file %1 is not a sheet this kiosk issued, or it was changed since. Nothing was printed.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not take the sheet (%2).</source>
        <translation>The printer &quot;%1&quot; did not take the sheet (%2).</translation>
    </message>
    <message>
        <source>Printing on &quot;%1&quot; failed: the sheet did not come out.</source>
        <translation>Printing on &quot;%1&quot; failed: the sheet did not come out.</translation>
    </message>
    <message numerus="yes">
        <source>The printer &quot;%1&quot; did not finish within %n second(s), so the print was cancelled.</source>
        <translation>
            <numerusform>The printer &quot;%1&quot; did not finish within %n second, so the print was cancelled.</numerusform>
            <numerusform>The printer &quot;%1&quot; did not finish within %n seconds, so the print was cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>The printer says: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read (%2). Nothing was printed.</source>
        <translation>The sheet %1 cannot be read (%2). Nothing was printed.</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet (not a PDF file). Nothing was printed.</source>
        <translation>The file %1 is not a sheet (not a PDF file). Nothing was printed.</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Privacy review sheet</translation>
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
        <source>&quot;%1&quot; is not a valid vehicle identification number (VIN).</source>
        <translation>&quot;%1&quot; is not a valid vehicle identification number (VIN).</translation>
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
    <message>
        <source>This is not an ordinary file: it is a folder, a device or a pipe.</source>
        <translation>This is not an ordinary file: it is a folder, a device or a pipe.</translation>
    </message>
    <message>
        <source>%1, dataset %2: %3</source>
        <translation>%1, dataset %2: %3</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, entry %2: %3</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, item %2: %3</translation>
    </message>
    <message>
        <source>This holds several logs. Please import them one by one.</source>
        <translation>This holds several logs. Please import them one by one.</translation>
    </message>
    <message>
        <source>This holds the data of two cars (%1). Please import each car on its own.</source>
        <translation>This holds the data of two cars (%1). Please import each car on its own.</translation>
    </message>
    <message>
        <source>The file is larger than a file of this kind can be.</source>
        <translation>The file is larger than a file of this kind can be.</translation>
    </message>
    <message>
        <source>Vitrine does not know this kind of file. It reads car data logs (VDFL), the Volkswagen group&apos;s EU Data Act exports and BMW CarData archives.</source>
        <translation>Vitrine does not know this kind of file. It reads car data logs (VDFL), the Volkswagen group&apos;s EU Data Act exports and BMW CarData archives.</translation>
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
        <source>The data item &quot;%1&quot; is not a known kind of data.</source>
        <translation>The data item &quot;%1&quot; is not a known kind of data.</translation>
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
    <message>
        <source>The size (bytes) is larger than a log can hold: over 10^15 (1 PB).</source>
        <translation>The size (bytes) is larger than a log can hold: over 10^15 (1 PB).</translation>
    </message>
    <message>
        <source>The number of events (count) is larger than a log can hold: over 10^12.</source>
        <translation>The number of events (count) is larger than a log can hold: over 10^12.</translation>
    </message>
    <message>
        <source>The dataset %1 cannot be read.</source>
        <translation>The dataset %1 cannot be read.</translation>
    </message>
    <message>
        <source>The dataset %1 holds no list of data.</source>
        <translation>The dataset %1 holds no list of data.</translation>
    </message>
    <message>
        <source>%1 declares a document type. Vitrine does not read such files.</source>
        <translation>%1 declares a document type. Vitrine does not read such files.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 is damaged.</translation>
    </message>
    <message>
        <source>%1 is damaged from line %2 on. What came before was read.</source>
        <translation>%1 is damaged from line %2 on. What came before was read.</translation>
    </message>
    <message>
        <source>%1 is nested too deep to be read.</source>
        <translation>%1 is nested too deep to be read.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
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
        <translation>
            <numerusform>%Ln line read</numerusform>
            <numerusform>%Ln lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <comment>flow picture: Location to HERE: about 300 times</comment>
        <translation>%1 to %2: %3</translation>
    </message>
    <message>
        <source>Week of %1: nothing was recorded.</source>
        <translation>Week of %1: nothing was recorded.</translation>
    </message>
    <message>
        <source>%1: nothing was recorded.</source>
        <translation>%1: nothing was recorded.</translation>
    </message>
    <message>
        <source>Week of %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>Week of %1: data recorded %2 (each kind counted).</translation>
    </message>
    <message>
        <source>%1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>%1: data recorded %2 (each kind counted).</translation>
    </message>
    <message>
        <source>The busiest week began on %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>The busiest week began on %1: data recorded %2 (each kind counted).</translation>
    </message>
    <message>
        <source>The busiest day was %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>The busiest day was %1: data recorded %2 (each kind counted).</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n week(s) only.</source>
        <translation>
            <numerusform>The chart shows the last %n week only.</numerusform>
            <numerusform>The chart shows the last %n weeks only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n day(s) only.</source>
        <translation>
            <numerusform>The chart shows the last %n day only.</numerusform>
            <numerusform>The chart shows the last %n days only.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first event is on %1, about %2 after the declared start (%3).</source>
        <translation>The first event is on %1, about %2 after the declared start (%3).</translation>
    </message>
    <message>
        <source>The last event is on %1, about %2 before the declared end (%3).</source>
        <translation>The last event is on %1, about %2 before the declared end (%3).</translation>
    </message>
    <message>
        <source>The file may be cut short: export it again if you can. The customer is told as well.</source>
        <translation>The file may be cut short: export it again if you can. The customer is told as well.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation>
            <numerusform>%Ln other</numerusform>
            <numerusform>%Ln others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sheet</name>
    <message>
        <source>Privacy review of your car</source>
        <comment>title of the sheet</comment>
        <translation>Privacy review of your car</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <comment>the date of the review</comment>
        <translation>Review of %1</translation>
    </message>
    <message>
        <source>The export does not say which period it covers.</source>
        <translation>The export does not say which period it covers.</translation>
    </message>
    <message>
        <source>The file holds no readable events.</source>
        <translation>The file holds no readable events.</translation>
    </message>
    <message>
        <source>How many times your car recorded each kind of data, kept in the car or sent out. The most private kinds come first.</source>
        <translation>How many times your car recorded each kind of data, kept in the car or sent out. The most private kinds come first.</translation>
    </message>
    <message>
        <source>A row for each recipient. The numbers say about how many times each kind of data went to it; – means none.</source>
        <translation>A row for each recipient. The numbers say about how many times each kind of data went to it; – means none.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>table column</comment>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Country and its data protection</source>
        <comment>table column</comment>
        <translation>Country and its data protection</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>a table going on over the page</comment>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>At your next visit, this part of the sheet will show what has changed since today.</source>
        <translation>At your next visit, this part of the sheet will show what has changed since today.</translation>
    </message>
    <message>
        <source>Your choices and the next steps</source>
        <translation>Your choices and the next steps</translation>
    </message>
    <message>
        <source>For each recipient, what you chose at the kiosk:</source>
        <translation>For each recipient, what you chose at the kiosk:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient: the choices for it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You did not ask for any change today. That is fine: you can use your rights at any time, as explained below.</source>
        <translation>You did not ask for any change today. That is fine: you can use your rights at any time, as explained below.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Switch off:</source>
        <comment>next step</comment>
        <translation>Switch off:</translation>
    </message>
    <message>
        <source>in the car&apos;s settings or in the carmaker&apos;s app; your advisor can show you where. Some services may stop working.</source>
        <translation>in the car&apos;s settings or in the carmaker&apos;s app; your advisor can show you where. Some services may stop working.</translation>
    </message>
    <message>
        <source>Ask to delete:</source>
        <comment>next step</comment>
        <translation>Ask to delete:</translation>
    </message>
    <message>
        <source>Ask for a copy:</source>
        <comment>next step</comment>
        <translation>Ask for a copy:</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). As a rule the answer is free of charge and due within 30 days.</source>
        <translation>write to the recipient&apos;s privacy contact (below). As a rule the answer is free of charge and due within 30 days.</translation>
    </message>
    <message>
        <source>You send these requests yourself, by e-mail or by letter. No answer within 30 days? Write again, or turn to the FDPIC (see below).</source>
        <translation>You send these requests yourself, by e-mail or by letter. No answer within 30 days? Write again, or turn to the FDPIC (see below).</translation>
    </message>
    <message>
        <source>You can ask a recipient to correct wrong data, to delete data, or to stop using it or passing it on. Once you have objected, it may go on only with a reason the law accepts.</source>
        <translation>You can ask a recipient to correct wrong data, to delete data, or to stop using it or passing it on. Once you have objected, it may go on only with a reason the law accepts.</translation>
    </message>
    <message>
        <source>How to use them.</source>
        <comment>a right, in bold</comment>
        <translation>How to use them.</translation>
    </message>
    <message>
        <source>If you get no answer.</source>
        <comment>a right, in bold</comment>
        <translation>If you get no answer.</translation>
    </message>
    <message>
        <source>You can report it to the Federal Data Protection and Information Commissioner (FDPIC), Feldeggweg 1, 3003 Bern, www.edoeb.admin.ch. You can also enforce your rights before a civil court.</source>
        <comment>FDPIC: the official name in each language: EDÖB (Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter), PFPDT (Préposé fédéral à la protection des données et à la transparence), IFPDT (Incaricato federale della protezione dei dati e della trasparenza)</comment>
        <translation>You can report it to the Federal Data Protection and Information Commissioner (FDPIC), Feldeggweg 1, 3003 Bern, www.edoeb.admin.ch. You can also enforce your rights before a civil court.</translation>
    </message>
    <message>
        <source>Not known to us. Ask your carmaker who receives data at this address.</source>
        <translation>Not known to us. Ask your carmaker who receives data at this address.</translation>
    </message>
    <message>
        <source>Not known to us. Ask %1 who receives data at this address.</source>
        <comment>%1: the carmaker</comment>
        <translation>Not known to us. Ask %1 who receives data at this address.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. See the privacy notice on its website.</source>
        <translation>No privacy contact known to us. See the privacy notice on its website.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask your carmaker to pass your request on.</source>
        <translation>No privacy contact known to us. Ask your carmaker to pass your request on.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask %1 to pass your request on.</source>
        <comment>%1: the carmaker</comment>
        <translation>No privacy contact known to us. Ask %1 to pass your request on.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Web: %1</translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation>Post: %1</translation>
    </message>
    <message>
        <source>How to reach each recipient</source>
        <translation>How to reach each recipient</translation>
    </message>
    <message>
        <source>What this sheet cannot tell</source>
        <translation>What this sheet cannot tell</translation>
    </message>
    <message>
        <source>It shows only what the file exported from your car contains. Data that is not in this file, for example what your phone or its apps sent, does not appear here.</source>
        <translation>It shows only what the file exported from your car contains. Data that is not in this file, for example what your phone or its apps sent, does not appear here.</translation>
    </message>
    <message>
        <source>It cannot show what a recipient did with the data afterwards, nor to whom it passed it on later.</source>
        <translation>It cannot show what a recipient did with the data afterwards, nor to whom it passed it on later.</translation>
    </message>
    <message>
        <source>Who runs an address, and in which country, comes from our list of recipients of %1. An address that is not on it is shown as unknown, never guessed.</source>
        <translation>Who runs an address, and in which country, comes from our list of recipients of %1. An address that is not on it is shown as unknown, never guessed.</translation>
    </message>
    <message>
        <source>How to check this sheet</source>
        <translation>How to check this sheet</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>none: this sheet was not registered</source>
        <translation>none: this sheet was not registered</translation>
    </message>
    <message>
        <source>With this code, the dealer can confirm that this sheet is genuine. The square code holds the same.</source>
        <translation>With this code, the dealer can confirm that this sheet is genuine. The square code holds the same.</translation>
    </message>
    <message>
        <source>Fingerprint of the imported file (SHA-256)</source>
        <translation>Fingerprint of the imported file (SHA-256)</translation>
    </message>
    <message>
        <source>The dealer kept only this fingerprint, not the file. The same file always gives the same fingerprint.</source>
        <translation>The dealer kept only this fingerprint, not the file. The same file always gives the same fingerprint.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The advisor</source>
        <translation>The advisor</translation>
    </message>
    <message>
        <source>The advisor, %1</source>
        <comment>%1: the advisor&apos;s name</comment>
        <translation>The advisor, %1</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Verification code %1</source>
        <translation>Verification code %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The demo&apos;s certificate could not be made: no temporary folder.</source>
        <translation>The demo&apos;s certificate could not be made: no temporary folder.</translation>
    </message>
    <message>
        <source>The sheet cannot be signed: %1 See packaging/dealer-certificate.md to set up the dealer&apos;s certificate.</source>
        <translation>The sheet cannot be signed: %1 See packaging/dealer-certificate.md to set up the dealer&apos;s certificate.</translation>
    </message>
    <message>
        <source>There is no review to make a sheet of.</source>
        <translation>There is no review to make a sheet of.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the sheet cannot be kept.</source>
        <translation>The kiosk&apos;s records are not open, so the sheet cannot be kept.</translation>
    </message>
    <message>
        <source>The sheet cannot be written: the kiosk has no temporary folder.</source>
        <translation>The sheet cannot be written: the kiosk has no temporary folder.</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>The sheet could not be written: %1</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Privacy review sheet</translation>
    </message>
    <message>
        <source>The sheet could not be signed: %1</source>
        <translation>The sheet could not be signed: %1</translation>
    </message>
    <message>
        <source>The letters cannot be written: the kiosk has no temporary folder.</source>
        <translation>The letters cannot be written: the kiosk has no temporary folder.</translation>
    </message>
    <message>
        <source>Information request letters</source>
        <translation>Information request letters</translation>
    </message>
    <message>
        <source>(The print could not be counted in the kiosk&apos;s records: %1)</source>
        <translation>(The print could not be counted in the kiosk&apos;s records: %1)</translation>
    </message>
    <message>
        <source>This sheet was made without the dealer&apos;s records of earlier visits, so it cannot show what has changed since then.</source>
        <translation>This sheet was made without the dealer&apos;s records of earlier visits, so it cannot show what has changed since then.</translation>
    </message>
    <message>
        <source>printed</source>
        <comment>what became of a sheet</comment>
        <translation>printed</translation>
    </message>
    <message>
        <source>saved on a USB stick</source>
        <comment>what became of a sheet</comment>
        <translation>saved on a USB stick</translation>
    </message>
    <message>
        <source>kept to print later</source>
        <comment>what became of a sheet</comment>
        <translation>kept to print later</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate, so it cannot sign sheets.</source>
        <translation>This kiosk has no dealer certificate, so it cannot sign sheets.</translation>
    </message>
    <message>
        <source>This kiosk cannot sign sheets with its dealer certificate.</source>
        <translation>This kiosk cannot sign sheets with its dealer certificate.</translation>
    </message>
    <message>
        <source>The dealer certificate expires today, %1.</source>
        <translation>The dealer certificate expires today, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The dealer certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>The dealer certificate expires on %1, in %n day.</numerusform>
            <numerusform>The dealer certificate expires on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>After that day the kiosk cannot sign sheets. Renew the certificate in %1 before then, as packaging/dealer-certificate.md explains.</source>
        <translation>After that day the kiosk cannot sign sheets. Renew the certificate in %1 before then, as packaging/dealer-certificate.md explains.</translation>
    </message>
    <message>
        <source>Your sheet is printed. Please take it from the printer.</source>
        <translation>Your sheet is printed. Please take it from the printer.</translation>
    </message>
    <message>
        <source>The printer cannot be reached at the moment.</source>
        <translation>The printer cannot be reached at the moment.</translation>
    </message>
    <message>
        <source>The printer is not taking sheets at the moment.</source>
        <translation>The printer is not taking sheets at the moment.</translation>
    </message>
    <message>
        <source>The printer did not print your sheet.</source>
        <translation>The printer did not print your sheet.</translation>
    </message>
    <message>
        <source>Your sheet could not be sent to the printer.</source>
        <translation>Your sheet could not be sent to the printer.</translation>
    </message>
    <message>
        <source>Please plug your USB stick into the kiosk now. If it is in already, take it out and plug it in again.</source>
        <translation>Please plug your USB stick into the kiosk now. If it is in already, take it out and plug it in again.</translation>
    </message>
    <message>
        <source>Saving your sheet on your USB stick.</source>
        <translation>Saving your sheet on your USB stick.</translation>
    </message>
    <message>
        <source>Saved on your USB stick as %1. You can take the stick out now.</source>
        <translation>Saved on your USB stick as %1. You can take the stick out now.</translation>
    </message>
    <message>
        <source>No USB stick was found.</source>
        <translation>No USB stick was found.</translation>
    </message>
    <message>
        <source>Your USB stick does not take new files. It may be locked.</source>
        <translation>Your USB stick does not take new files. It may be locked.</translation>
    </message>
    <message>
        <source>Your USB stick is full. Free some space, or use another one.</source>
        <translation>Your USB stick is full. Free some space, or use another one.</translation>
    </message>
    <message>
        <source>Your sheet could not be saved on the USB stick.</source>
        <translation>Your sheet could not be saved on the USB stick.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and will print it for you.</source>
        <translation>Your advisor keeps your sheet and will print it for you.</translation>
    </message>
    <message>
        <source>Your sheet could not be kept. Please call your advisor.</source>
        <translation>Your sheet could not be kept. Please call your advisor.</translation>
    </message>
    <message>
        <source>No free verification code could be drawn.</source>
        <translation>No free verification code could be drawn.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open.</source>
        <translation>The kiosk&apos;s records are not open.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <comment>when a print failed, why</comment>
        <translation>At %1: %2</translation>
    </message>
    <message>
        <source>The letters are printed.</source>
        <translation>The letters are printed.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer cannot be used at the moment.</source>
        <translation>The letters could not be printed: the printer cannot be used at the moment.</translation>
    </message>
    <message>
        <source>The sheet %1 was printed, but the kiosk&apos;s records could not count it: %2</source>
        <translation>The sheet %1 was printed, but the kiosk&apos;s records could not count it: %2</translation>
    </message>
    <message>
        <source>For a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1 as packaging/dealer-certificate.md explains. Then tap Check again.</source>
        <translation>For a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1 as packaging/dealer-certificate.md explains. Then tap Check again.</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate yet, so it cannot sign the sheet. Advisor: for a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1, as packaging/dealer-certificate.md explains. Then try again.</source>
        <translation>This kiosk has no dealer certificate yet, so it cannot sign the sheet. Advisor: for a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1, as packaging/dealer-certificate.md explains. Then try again.</translation>
    </message>
    <message>
        <source>“Adequate protection” means that Switzerland recognises the country&apos;s data protection as adequate. These countries are listed in Annex 1 of the Data Protection Ordinance (as of %1). In the USA, this holds only for companies certified under the Swiss-US Data Privacy Framework (DPF). Data sent to other countries needs extra safeguards, such as special contracts, or your consent.</source>
        <translation>“Adequate protection” means that Switzerland recognises the country&apos;s data protection as adequate. These countries are listed in Annex 1 of the Data Protection Ordinance (as of %1). In the USA, this holds only for companies certified under the Swiss-US Data Privacy Framework (DPF). Data sent to other countries needs extra safeguards, such as special contracts, or your consent.</translation>
    </message>
    <message>
        <source>Your rights under the Swiss data protection act (FADP)</source>
        <translation>Your rights under the Swiss data protection act (FADP)</translation>
    </message>
    <message>
        <source>Right to information (art. 25 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Right to information (art. 25 FADP).</translation>
    </message>
    <message>
        <source>You can ask any recipient whether it holds data about you and your car. If it does, it must tell you which data, what it is used for and how long it is kept. It must also say where the data came from and to whom it passed it on, including in which countries. As a rule the answer is free of charge and due within 30 days (art. 18 and 19 DPO).</source>
        <comment>DPO: the Data Protection Ordinance (DSV, OPDo, OPDa)</comment>
        <translation>You can ask any recipient whether it holds data about you and your car. If it does, it must tell you which data, what it is used for and how long it is kept. It must also say where the data came from and to whom it passed it on, including in which countries. As a rule the answer is free of charge and due within 30 days (art. 18 and 19 DPO).</translation>
    </message>
    <message>
        <source>Correction, deletion, objection (art. 30 and 32 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Correction, deletion, objection (art. 30 and 32 FADP).</translation>
    </message>
    <message>
        <source>Write to the recipient&apos;s privacy contact listed below, by e-mail or by letter. Say who you are and give your car&apos;s full VIN, so that the recipient can find the data. The VIN is the chassis number on your registration document. The recipient may ask you to prove who you are. Keep a copy of what you send.</source>
        <comment>The registration document&apos;s own words for the VIN: &quot;Fahrgestell-Nr.&quot; in the Fahrzeugausweis, &quot;No de châssis&quot; in the permis de circulation, &quot;N. di telaio&quot; in the licenza di circolazione</comment>
        <translation>Write to the recipient&apos;s privacy contact listed below, by e-mail or by letter. Say who you are and give your car&apos;s full VIN, so that the recipient can find the data. The VIN is the chassis number on your registration document. The recipient may ask you to prove who you are. Keep a copy of what you send.</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). The recipient must delete the data unless the law gives it a reason to keep it.</source>
        <translation>write to the recipient&apos;s privacy contact (below). The recipient must delete the data unless the law gives it a reason to keep it.</translation>
    </message>
    <message>
        <source>This sheet could not be read from the kiosk&apos;s records. %1</source>
        <translation>This sheet could not be read from the kiosk&apos;s records. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read and are not counted here.</source>
        <translation>
            <numerusform>%Ln line of the file could not be read and is not counted here.</numerusform>
            <numerusform>%Ln lines of the file could not be read and are not counted here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sign</name>
    <message>
        <source>The certificate database in %1 is protected by a password: please give it.</source>
        <translation>The certificate database in %1 is protected by a password: please give it.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database in %1.</source>
        <translation>The password does not open the certificate database in %1.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>The certificate folder %1 has no certificate named &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 has no private key there, so it cannot sign.</source>
        <translation>The certificate &quot;%1&quot; in %2 has no private key there, so it cannot sign.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid from %2 to %3 only: it cannot sign today.</source>
        <translation>The certificate &quot;%1&quot; is valid from %2 to %3 only: it cannot sign today.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>%1 cannot be read as a PDF.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Cannot write in the folder %1: %2</translation>
    </message>
    <message>
        <source>Digitally signed by %1
%2</source>
        <comment>stamp on the sheet: two lines, the dealer&apos;s name then the date</comment>
        <translation>Digitally signed by %1
%2</translation>
    </message>
    <message>
        <source>Poppler could not sign %1 with the certificate &quot;%2&quot;.</source>
        <translation>Poppler could not sign %1 with the certificate &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The signed file could not be written completely in %1.</source>
        <translation>The signed file could not be written completely in %1.</translation>
    </message>
    <message>
        <source>Cannot put the signed file in place as %1.</source>
        <translation>Cannot put the signed file in place as %1.</translation>
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
    <message>
        <source>&quot;%1&quot; is not a verification code.</source>
        <translation>&quot;%1&quot; is not a verification code.</translation>
    </message>
    <message>
        <source>The sheet&apos;s fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>The sheet&apos;s fingerprint is not a SHA-256 (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>The sheet&apos;s language &quot;%1&quot; is not one the kiosk speaks.</source>
        <translation>The sheet&apos;s language &quot;%1&quot; is not one the kiosk speaks.</translation>
    </message>
    <message>
        <source>There is no import %1 for this sheet.</source>
        <translation>There is no import %1 for this sheet.</translation>
    </message>
    <message>
        <source>The verification code %1 is already used.</source>
        <translation>The verification code %1 is already used.</translation>
    </message>
    <message>
        <source>No sheet has the verification code %1.</source>
        <translation>No sheet has the verification code %1.</translation>
    </message>
    <message>
        <source>The file to keep is not the sheet %1.</source>
        <translation>The file to keep is not the sheet %1.</translation>
    </message>
    <message>
        <source>The database is damaged, so what it keeps cannot be read. Restore it from the backup.</source>
        <translation>The database is damaged, so what it keeps cannot be read. Restore it from the backup.</translation>
    </message>
    <message>
        <source>The database file is empty: what it kept is lost. Restore it from the backup.</source>
        <translation>The database file is empty: what it kept is lost. Restore it from the backup.</translation>
    </message>
</context>
<context>
    <name>vitrine::Vault</name>
    <message>
        <source>The kiosk has no folder to keep its data in.</source>
        <translation>The kiosk has no folder to keep its data in.</translation>
    </message>
    <message>
        <source>The kiosk cannot create its data folder %1.</source>
        <translation>The kiosk cannot create its data folder %1.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>The two passphrases are not the same. Please type them again.</translation>
    </message>
    <message>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>The PIN needs %1 to %2 digits.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please choose the PIN again.</source>
        <translation>The two PINs are not the same. Please choose the PIN again.</translation>
    </message>
    <message>
        <source>This passphrase does not open the kiosk&apos;s records. Please check it and try again.</source>
        <translation>This passphrase does not open the kiosk&apos;s records. Please check it and try again.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be opened. %1</source>
        <translation>The kiosk&apos;s records could not be opened. %1</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>The PIN could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>One digit repeated, like 1111, is too easy to guess. Please choose another PIN.</source>
        <translation>One digit repeated, like 1111, is too easy to guess. Please choose another PIN.</translation>
    </message>
    <message>
        <source>Digits in a row, like 1234 or 4321, are too easy to guess. Please choose another PIN.</source>
        <translation>Digits in a row, like 1234 or 4321, are too easy to guess. Please choose another PIN.</translation>
    </message>
    <message>
        <source>A group of digits repeated, like 1212, is too easy to guess. Please choose another PIN.</source>
        <translation>A group of digits repeated, like 1212, is too easy to guess. Please choose another PIN.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged and cannot be read. Please restore them from the backup.</source>
        <translation>The kiosk&apos;s records are damaged and cannot be read. Please restore them from the backup.</translation>
    </message>
</context>
<context>
    <name>vitrine::Verify</name>
    <message>
        <source>This program already uses the certificate folder %1 and cannot switch to %2 without restarting.</source>
        <translation>This program already uses the certificate folder %1 and cannot switch to %2 without restarting.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>There is no certificate database in %1.</translation>
    </message>
    <message>
        <source>The certificate database in %1 could not be opened.</source>
        <translation>The certificate database in %1 could not be opened.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>an unknown signer</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since. It matches the sheet %3 that this kiosk issued on %4.</source>
        <translation>This sheet is genuine. It was signed by %1 on %2 and has not been changed since. It matches the sheet %3 that this kiosk issued on %4.</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since.</source>
        <translation>This sheet is genuine. It was signed by %1 on %2 and has not been changed since.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF sheet, so it cannot be checked.</source>
        <translation>This file cannot be read as a PDF sheet, so it cannot be checked.</translation>
    </message>
    <message>
        <source>This sheet has no digital signature, so nothing shows that it is genuine. Please ask the dealer for a signed copy.</source>
        <translation>This sheet has no digital signature, so nothing shows that it is genuine. Please ask the dealer for a signed copy.</translation>
    </message>
    <message>
        <source>This sheet was changed after it was signed. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>This sheet was changed after it was signed. Do not rely on it; please ask the dealer for a new copy.</translation>
    </message>
    <message>
        <source>The signature of this sheet is damaged and could not be checked. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>The signature of this sheet is damaged and could not be checked. Do not rely on it; please ask the dealer for a new copy.</translation>
    </message>
    <message>
        <source>Something was added to this sheet after it was signed. The signed part is intact, but the file as a whole is not the one that was signed.</source>
        <translation>Something was added to this sheet after it was signed. The signed part is intact, but the file as a whole is not the one that was signed.</translation>
    </message>
    <message>
        <source>This sheet is signed in the name of %1, but not with the certificate this kiosk knows. It may not come from this dealer.</source>
        <translation>This sheet is signed in the name of %1, but not with the certificate this kiosk knows. It may not come from this dealer.</translation>
    </message>
    <message>
        <source>This sheet is signed by %1, but the certificate it was signed with was expired or withdrawn at the time. Do not rely on it.</source>
        <translation>This sheet is signed by %1, but the certificate it was signed with was expired or withdrawn at the time. Do not rely on it.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of this sheet.</source>
        <translation>The signature is in order, but this kiosk has no record of this sheet.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of the verification code %1. Please check the code.</source>
        <translation>The signature is in order, but this kiosk has no record of the verification code %1. Please check the code.</translation>
    </message>
    <message>
        <source>The signature is in order, but this file is not the sheet this kiosk issued with the verification code %1.</source>
        <translation>The signature is in order, but this file is not the sheet this kiosk issued with the verification code %1.</translation>
    </message>
    <message>
        <source>Not checked: the file cannot be read.</source>
        <translation>Not checked: the file cannot be read.</translation>
    </message>
    <message>
        <source>No digital signature.</source>
        <translation>No digital signature.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>The signature is valid.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>The signature is not valid.</translation>
    </message>
    <message>
        <source>The signed content was changed after signing.</source>
        <translation>The signed content was changed after signing.</translation>
    </message>
    <message>
        <source>The signature is damaged.</source>
        <translation>The signature is damaged.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>The signature could not be checked.</translation>
    </message>
    <message>
        <source>The signature was not checked.</source>
        <translation>The signature was not checked.</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>No certificate.</translation>
    </message>
    <message>
        <source>The certificate is trusted by this kiosk.</source>
        <translation>The certificate is trusted by this kiosk.</translation>
    </message>
    <message>
        <source>The certificate comes from an issuer this kiosk does not trust.</source>
        <translation>The certificate comes from an issuer this kiosk does not trust.</translation>
    </message>
    <message>
        <source>The certificate is not one this kiosk knows.</source>
        <translation>The certificate is not one this kiosk knows.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>The certificate was revoked.</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time.</source>
        <translation>The certificate was not valid at the signing time.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>The certificate could not be checked.</translation>
    </message>
    <message>
        <source>The certificate was not checked.</source>
        <translation>The certificate was not checked.</translation>
    </message>
    <message>
        <source>Nothing is signed.</source>
        <translation>Nothing is signed.</translation>
    </message>
    <message>
        <source>The signature covers the whole file.</source>
        <translation>The signature covers the whole file.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after signing.</source>
        <translation>The signature does not cover the whole file: something was added after signing.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF that can be read.</source>
        <translation>The file %1 is not a PDF that can be read.</translation>
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
        <source>Unknown language &quot;%1&quot;: use fr, de, it or en.</source>
        <translation>Unknown language &quot;%1&quot;: use fr, de, it or en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk&apos;s store: </source>
        <translation>Passphrase of the kiosk&apos;s store: </translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file.</source>
        <translation>The encrypted store&apos;s file.</translation>
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
        <source>Keeps a log&apos;s summary in the encrypted store.</source>
        <translation>Keeps a log&apos;s summary in the encrypted store.</translation>
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
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln line read</numerusform>
            <numerusform>%Ln lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS).</source>
        <translation>The folder of the kiosk&apos;s certificate database (NSS).</translation>
    </message>
    <message>
        <source>The certificate&apos;s name in the database (default: %1).</source>
        <translation>The certificate&apos;s name in the database (default: %1).</translation>
    </message>
    <message>
        <source>A file whose first line is the certificate database&apos;s password (else VITRINE_NSS_PASSWORD; none when neither is set).</source>
        <translation>A file whose first line is the certificate database&apos;s password (else VITRINE_NSS_PASSWORD; none when neither is set).</translation>
    </message>
    <message>
        <source>Nickname: %1</source>
        <translation>Nickname: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>itself (self-signed)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (Swiss time)</source>
        <translation>Valid from %1 to %2 (Swiss time)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <source>locked (give the database&apos;s password to check)</source>
        <translation>locked (give the database&apos;s password to check)</translation>
    </message>
    <message>
        <source>present: this kiosk can sign with it</source>
        <translation>present: this kiosk can sign with it</translation>
    </message>
    <message>
        <source>missing: this kiosk cannot sign with it</source>
        <translation>missing: this kiosk cannot sign with it</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Private key: %1</translation>
    </message>
    <message>
        <source>Makes a self-signed dealer certificate, for a demo or a test.</source>
        <translation>Makes a self-signed dealer certificate, for a demo or a test.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, as the sheet&apos;s signature shows it.</source>
        <translation>The dealer&apos;s name, as the sheet&apos;s signature shows it.</translation>
    </message>
    <message>
        <source>How many years it is valid (default: 5).</source>
        <translation>How many years it is valid (default: 5).</translation>
    </message>
    <message>
        <source>Replace a certificate that has the same nickname.</source>
        <translation>Replace a certificate that has the same nickname.</translation>
    </message>
    <message>
        <source>Give the dealer&apos;s name with --name.</source>
        <translation>Give the dealer&apos;s name with --name.</translation>
    </message>
    <message>
        <source>--years needs a whole number of years.</source>
        <translation>--years needs a whole number of years.</translation>
    </message>
    <message>
        <source>Made a self-signed certificate for &quot;%1&quot; in %2.</source>
        <translation>Made a self-signed certificate for &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>It is meant for a demo or a test: a dealer imports its real certificate instead (see packaging/dealer-certificate.md).</source>
        <translation>It is meant for a demo or a test: a dealer imports its real certificate instead (see packaging/dealer-certificate.md).</translation>
    </message>
    <message>
        <source>The certificate database has no password: anyone who can read the folder can sign as this dealer.</source>
        <translation>The certificate database has no password: anyone who can read the folder can sign as this dealer.</translation>
    </message>
    <message>
        <source>Shows the dealer certificate the kiosk signs with.</source>
        <translation>Shows the dealer certificate the kiosk signs with.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
       vitrine-cli cert show --nss-dir DIR</source>
        <translation>Usage: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
       vitrine-cli cert show --nss-dir DIR</translation>
    </message>
    <message>
        <source>Signs a PDF with the dealer&apos;s certificate.</source>
        <translation>Signs a PDF with the dealer&apos;s certificate.</translation>
    </message>
    <message>
        <source>Sign without drawing a stamp.</source>
        <translation>Sign without drawing a stamp.</translation>
    </message>
    <message>
        <source>The signature&apos;s reason.</source>
        <translation>The signature&apos;s reason.</translation>
    </message>
    <message>
        <source>The signature&apos;s location.</source>
        <translation>The signature&apos;s location.</translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation>The PDF to sign.</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>The signed PDF to write.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Signed %1 as %2.</source>
        <translation>Signed %1 as %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: its first line should be the secret.</source>
        <translation>The file %1 is empty: its first line should be the secret.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recipient without a letter (the reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language of the letters.</source>
        <translation>Language of the letters.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>A recipient to write to: org:ID, a catalogue id or a host (may be given several times).</source>
        <translation>A recipient to write to: org:ID, a catalogue id or a host (may be given several times).</translation>
    </message>
    <message>
        <source>Write to every known organisation that the log names.</source>
        <translation>Write to every known organisation that the log names.</translation>
    </message>
    <message>
        <source>Print the VIN in full (by default it is masked, with a line to write it in by hand).</source>
        <translation>Print the VIN in full (by default it is masked, with a line to write it in by hand).</translation>
    </message>
    <message>
        <source>Say whom to write to: --recipient ID (once or more) or --all.</source>
        <translation>Say whom to write to: --recipient ID (once or more) or --all.</translation>
    </message>
    <message>
        <source>No letter for: %1.</source>
        <translation>No letter for: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n letter to %1.</numerusform>
            <numerusform>Wrote %n letters to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the sheet.</source>
        <translation>Language of the sheet.</translation>
    </message>
    <message>
        <source>The dealer&apos;s address (\n between lines).</source>
        <translation>The dealer&apos;s address (\n between lines).</translation>
    </message>
    <message>
        <source>The advisor&apos;s name, under the signature.</source>
        <translation>The advisor&apos;s name, under the signature.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked (give --db to look it up in the kiosk&apos;s records)</source>
        <translation>not checked (give --db to look it up in the kiosk&apos;s records)</translation>
    </message>
    <message>
        <source>found in the kiosk&apos;s records</source>
        <translation>found in the kiosk&apos;s records</translation>
    </message>
    <message>
        <source>not found in the kiosk&apos;s records</source>
        <translation>not found in the kiosk&apos;s records</translation>
    </message>
    <message>
        <source>issued for another file</source>
        <translation>issued for another file</translation>
    </message>
    <message>
        <source>Checks that a privacy review sheet is genuine.</source>
        <translation>Checks that a privacy review sheet is genuine.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file, to match the sheet&apos;s verification code against its records.</source>
        <translation>The encrypted store&apos;s file, to match the sheet&apos;s verification code against its records.</translation>
    </message>
    <message>
        <source>A file whose first line is the store&apos;s passphrase (else VITRINE_PASSPHRASE, or asked).</source>
        <translation>A file whose first line is the store&apos;s passphrase (else VITRINE_PASSPHRASE, or asked).</translation>
    </message>
    <message>
        <source>The verification code as printed on the paper sheet (else the one in the file).</source>
        <translation>The verification code as printed on the paper sheet (else the one in the file).</translation>
    </message>
    <message>
        <source>The sheet to check.</source>
        <translation>The sheet to check.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>There is no certificate database in %1.</translation>
    </message>
    <message>
        <source>The check could not be written to the audit trail: %1</source>
        <translation>The check could not be written to the audit trail: %1</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <source>%1 (Swiss time)</source>
        <translation>%1 (Swiss time)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Coverage:</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Verification code:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none on the sheet; the file is the sheet %1 in the kiosk&apos;s records</source>
        <translation>none on the sheet; the file is the sheet %1 in the kiosk&apos;s records</translation>
    </message>
    <message>
        <source>none found on the sheet</source>
        <translation>none found on the sheet</translation>
    </message>
    <message>
        <source>See: vitrine-cli sheet --help</source>
        <translation>See: vitrine-cli sheet --help</translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS), to sign the sheet.</source>
        <translation>The folder of the kiosk&apos;s certificate database (NSS), to sign the sheet.</translation>
    </message>
    <message>
        <source>Write an unsigned draft instead (no --nss-dir, no --db): it is not a sheet to hand out.</source>
        <translation>Write an unsigned draft instead (no --nss-dir, no --db): it is not a sheet to hand out.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: keep the log&apos;s summary and the sheet, and compare with the car&apos;s previous review.</source>
        <translation>The encrypted store&apos;s file: keep the log&apos;s summary and the sheet, and compare with the car&apos;s previous review.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, printed at the top (default: the certificate&apos;s name).</source>
        <translation>The dealer&apos;s name, printed at the top (default: the certificate&apos;s name).</translation>
    </message>
    <message>
        <source>The verification code to print (default: a new one; not with --db, where the store&apos;s code is printed).</source>
        <translation>The verification code to print (default: a new one; not with --db, where the store&apos;s code is printed).</translation>
    </message>
    <message>
        <source>The sheet is signed with the dealer&apos;s certificate: give --nss-dir DIR (make a demo certificate with: vitrine-cli cert init), or --unsigned for an unsigned draft.</source>
        <translation>The sheet is signed with the dealer&apos;s certificate: give --nss-dir DIR (make a demo certificate with: vitrine-cli cert init), or --unsigned for an unsigned draft.</translation>
    </message>
    <message>
        <source>--unsigned writes a draft that is neither signed nor kept: it goes without --nss-dir and --db.</source>
        <translation>--unsigned writes a draft that is neither signed nor kept: it goes without --nss-dir and --db.</translation>
    </message>
    <message>
        <source>--passphrase-file goes with --db.</source>
        <translation>--passphrase-file goes with --db.</translation>
    </message>
    <message>
        <source>With --db the store gives the verification code: drop --code.</source>
        <translation>With --db the store gives the verification code: drop --code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code (like K7QF-3MZD-9W).</source>
        <translation>&quot;%1&quot; is not a verification code (like K7QF-3MZD-9W).</translation>
    </message>
    <message>
        <source>Warning: this draft is not signed and not recorded; it is not a sheet to hand to a customer.</source>
        <translation>Warning: this draft is not signed and not recorded; it is not a sheet to hand to a customer.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1. Make a demo certificate with: vitrine-cli cert init --nss-dir %1 --name NAME</source>
        <translation>There is no certificate database in %1. Make a demo certificate with: vitrine-cli cert init --nss-dir %1 --name NAME</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Cannot write in %1: %2</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Privacy review sheet</translation>
    </message>
    <message>
        <source>The sheet could not be recorded: %1</source>
        <translation>The sheet could not be recorded: %1</translation>
    </message>
    <message>
        <source>No free verification code was found.</source>
        <translation>No free verification code was found.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the signed sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Wrote the signed sheet (%n page) to %1.</numerusform>
            <numerusform>Wrote the signed sheet (%n pages) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Verification code: %1</translation>
    </message>
    <message>
        <source>Not kept in a store (no --db): checking the sheet shows whether its signature is genuine, not whether this kiosk issued it.</source>
        <translation>Not kept in a store (no --db): checking the sheet shows whether its signature is genuine, not whether this kiosk issued it.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): the sheet belongs to that import.</source>
        <translation>%1 was already imported on %2 (import %3): the sheet belongs to that import.</translation>
    </message>
    <message>
        <source>The sheet compares with the previous review, of %1 (import %2).</source>
        <translation>The sheet compares with the previous review, of %1 (import %2).</translation>
    </message>
    <message>
        <source>This is the first review of this car in the store.</source>
        <translation>This is the first review of this car in the store.</translation>
    </message>
    <message>
        <source>Kept as sheet %1 in %2: vitrine-cli verify --db finds its verification code.</source>
        <translation>Kept as sheet %1 in %2: vitrine-cli verify --db finds its verification code.</translation>
    </message>
    <message>
        <source>Prints a signed sheet through the computer&apos;s printing service (CUPS): the PDF file itself is sent, and the command waits until the printer is done. A failed print changes nothing: print again.</source>
        <translation>Prints a signed sheet through the computer&apos;s printing service (CUPS): the PDF file itself is sent, and the command waits until the printer is done. A failed print changes nothing: print again.</translation>
    </message>
    <message>
        <source>The printer (CUPS queue) to use (default: the system&apos;s default printer).</source>
        <translation>The printer (CUPS queue) to use (default: the system&apos;s default printer).</translation>
    </message>
    <message>
        <source>List the printers and print nothing.</source>
        <translation>List the printers and print nothing.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: print only a sheet it issued, and count the print.</source>
        <translation>The encrypted store&apos;s file: print only a sheet it issued, and count the print.</translation>
    </message>
    <message>
        <source>How many seconds to wait for the printer (default: 120).</source>
        <translation>How many seconds to wait for the printer (default: 120).</translation>
    </message>
    <message>
        <source>The signed sheet to print.</source>
        <translation>The signed sheet to print.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>The printing service of this computer (CUPS) does not answer.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>No printer is set up on this computer.</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[default]</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout needs a whole number of seconds.</translation>
    </message>
    <message>
        <source>The print could not be counted in the store: %1</source>
        <translation>The print could not be counted in the store: %1</translation>
    </message>
    <message>
        <source>Writes an information request letter (art. 25 FADP) to each chosen recipient of a car data log, as one PDF.</source>
        <translation>Writes an information request letter (art. 25 FADP) to each chosen recipient of a car data log, as one PDF.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli COMMAND [OPTIONS]

Commands:
  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds
  classify                                     category of each VSS path on standard input
  import --db PATH FILE                        keep a log&apos;s summary in the encrypted store
  history --db PATH VIN                        earlier imports of a car
  generate --events N --seed S --out FILE      write a realistic demo log
  sheet --log FILE --lang fr|de|it|en --nss-dir DIR --out SHEET.pdf
        [--db PATH] [--dealer NAME]            write the signed privacy review sheet
  print [--queue NAME] [--db PATH] SHEET.pdf   print a signed sheet (CUPS); --list: the printers
  letters --log FILE --lang fr|de|it|en --out LETTERS.pdf
          (--recipient ID ... | --all) [--full-vin]
                                               write information request letters (art. 25 FADP)
  cert init --nss-dir DIR --name NAME [--force] make a self-signed dealer certificate (demo, test)
  cert show --nss-dir DIR                      the dealer certificate the kiosk signs with
  sign --nss-dir DIR IN.pdf OUT.pdf            sign a PDF with the dealer&apos;s certificate
  verify --nss-dir DIR [--db PATH] SHEET.pdf   is a sheet genuine?
</source>
        <translation>Usage: vitrine-cli COMMAND [OPTIONS]

Commands:
  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds
  classify                                     category of each VSS path on standard input
  import --db PATH FILE                        keep a log&apos;s summary in the encrypted store
  history --db PATH VIN                        earlier imports of a car
  generate --events N --seed S --out FILE      write a realistic demo log
  sheet --log FILE --lang fr|de|it|en --nss-dir DIR --out SHEET.pdf
        [--db PATH] [--dealer NAME]            write the signed privacy review sheet
  print [--queue NAME] [--db PATH] SHEET.pdf   print a signed sheet (CUPS); --list: the printers
  letters --log FILE --lang fr|de|it|en --out LETTERS.pdf
          (--recipient ID ... | --all) [--full-vin]
                                               write information request letters (art. 25 FADP)
  cert init --nss-dir DIR --name NAME [--force] make a self-signed dealer certificate (demo, test)
  cert show --nss-dir DIR                      the dealer certificate the kiosk signs with
  sign --nss-dir DIR IN.pdf OUT.pdf            sign a PDF with the dealer&apos;s certificate
  verify --nss-dir DIR [--db PATH] SHEET.pdf   is a sheet genuine?
</translation>
    </message>
    <message>
        <source>Writes the privacy review sheet of a car data log as a PDF signed with the dealer&apos;s certificate. With --db, the log&apos;s summary and the sheet are kept in the kiosk&apos;s store. The sheet then shows what is new since the car&apos;s previous review there, and `vitrine-cli verify --db` finds its verification code. Without --db, a fresh verification code is printed but not recorded. A later check of the sheet then shows whether its signature is genuine, not whether the kiosk issued it.</source>
        <translation>Writes the privacy review sheet of a car data log as a PDF signed with the dealer&apos;s certificate. With --db, the log&apos;s summary and the sheet are kept in the kiosk&apos;s store. The sheet then shows what is new since the car&apos;s previous review there, and `vitrine-cli verify --db` finds its verification code. Without --db, a fresh verification code is printed but not recorded. A later check of the sheet then shows whether its signature is genuine, not whether the kiosk issued it.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read: %1</source>
        <translation>The kiosk&apos;s records could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s) of the car %1, newest first:</source>
        <translation>
            <numerusform>%Ln import of the car %1, newest first:</numerusform>
            <numerusform>%Ln imports of the car %1, newest first:</numerusform>
        </translation>
    </message>
    <message>
        <source>This installation lacks vitrine-cli-documents, which makes, signs, checks and prints documents. Install Vitrine again.</source>
        <translation>This installation lacks vitrine-cli-documents, which makes, signs, checks and prints documents. Install Vitrine again.</translation>
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
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 is not in our list: we do not know who runs it or in which country.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation>
            <numerusform>about %Ln time</numerusform>
            <numerusform>about %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation>
            <numerusform>about %Ln event</numerusform>
            <numerusform>about %Ln events</numerusform>
        </translation>
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
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>mileage, faults, tyres and maintenance</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>battery level, charging and fuel use</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n and a half month(s)</source>
        <comment>a span of time: 2 and a half months</comment>
        <translation>
            <numerusform>%n and a half months</numerusform>
            <numerusform>%n and a half months</numerusform>
        </translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only holds events from %3 to %4: about %5 at the start and %6 at the end are missing.</source>
        <translation>The file should cover %1 to %2. It only holds events from %3 to %4: about %5 at the start and %6 at the end are missing.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It stops on %3: about %4 at the end are missing.</source>
        <translation>The file should cover %1 to %2. It stops on %3: about %4 at the end are missing.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only starts on %3: about %4 at the start are missing.</source>
        <translation>The file should cover %1 to %2. It only starts on %3: about %4 at the start are missing.</translation>
    </message>
    <message>
        <source>Compared with your visit of %1.</source>
        <translation>Compared with your visit of %1.</translation>
    </message>
    <message>
        <source>the driver&apos;s tiredness, attention and heart rate</source>
        <translation>the driver&apos;s tiredness, attention and heart rate</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a country missing from the list: &quot;in XY&quot;</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Swiss law applies</source>
        <comment>a recipient&apos;s protection: in Switzerland</comment>
        <translation>Swiss law applies</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Adequate protection</translation>
    </message>
    <message>
        <source>Adequate protection for private companies</source>
        <comment>a recipient&apos;s protection: Canada</comment>
        <translation>Adequate protection for private companies</translation>
    </message>
    <message>
        <source>Protection not adequate (no DPF certification known)</source>
        <comment>a recipient&apos;s protection: a US company not known to be certified under the Swiss-US Data Privacy Framework</comment>
        <translation>Protection not adequate (no DPF certification known)</translation>
    </message>
    <message>
        <source>Protection not adequate</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Protection not adequate</translation>
    </message>
    <message>
        <source>Protection unknown</source>
        <comment>a recipient&apos;s protection: an unknown recipient</comment>
        <translation>Protection unknown</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in the Netherlands&quot;</comment>
        <translation>%1 is %2. Switzerland deems data protection there adequate.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate for private companies.</source>
        <comment>%2: the country with its preposition, &quot;in Canada&quot;</comment>
        <translation>%1 is %2. Switzerland deems data protection there adequate for private companies.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate only for companies certified under the Swiss-US Data Privacy Framework (DPF). No such certification is known for %1.</source>
        <comment>%2: the country with its preposition, &quot;in the United States&quot;</comment>
        <translation>%1 is %2. Switzerland deems data protection there adequate only for companies certified under the Swiss-US Data Privacy Framework (DPF). No such certification is known for %1.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland does not deem data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in China&quot;</comment>
        <translation>%1 is %2. Switzerland does not deem data protection there adequate.</translation>
    </message>
    <message>
        <source>%1 is in Switzerland. Swiss data protection law applies.</source>
        <translation>%1 is in Switzerland. Swiss data protection law applies.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>%Ln other recipient is not listed here: %1 in all.</numerusform>
            <numerusform>%Ln other recipients are not listed here: %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>At least %Ln other recipient is not listed here: %1 in all.</numerusform>
            <numerusform>At least %Ln other recipients are not listed here: %1 in all.</numerusform>
        </translation>
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
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>Data left the car %1 and went to %2 in %3.</translation>
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
        <translation>
            <numerusform>%n country we know of</numerusform>
            <numerusform>%n countries we know of</numerusform>
        </translation>
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
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient&apos;s protection, then where it is: &quot;Adequate protection: HERE is in the Netherlands. …&quot;</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation>
            <numerusform>%Ln recipient is in a country whose data protection Switzerland does not consider adequate.</numerusform>
            <numerusform>%Ln recipients are in countries whose data protection Switzerland does not consider adequate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %Ln recipient(s) are, nor where they are.</source>
        <translation>
            <numerusform>%Ln recipient is unknown to us: we do not know who it is or where it is.</numerusform>
            <numerusform>%Ln recipients are unknown to us: we do not know who they are or where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read:</source>
        <translation>
            <numerusform>%Ln line of the file could not be read:</numerusform>
            <numerusform>%Ln lines of the file could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other technical data</source>
        <translation>Other technical data</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of data, then how often</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data left the car %1. This export names only the holders of the data (%2).</source>
        <translation>Data left the car %1. This export names only the holders of the data (%2).</translation>
    </message>
    <message>
        <source>It does not say who else received your data. It shows what the carmaker holds.</source>
        <translation>It does not say who else received your data. It shows what the carmaker holds.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Kinds of data in the export</translation>
    </message>
    <message numerus="yes">
        <source>From the Volkswagen group&apos;s EU Data Act export: %Ln delivery(ies).</source>
        <translation>
            <numerusform>From the Volkswagen group&apos;s EU Data Act export: %Ln delivery.</numerusform>
            <numerusform>From the Volkswagen group&apos;s EU Data Act export: %Ln deliveries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them held no data.</source>
        <translation>
            <numerusform>%Ln of them held no data.</numerusform>
            <numerusform>%Ln of them held no data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) came again unchanged and were counted once.</source>
        <translation>
            <numerusform>%Ln dataset came again unchanged and was counted once.</numerusform>
            <numerusform>%Ln datasets came again unchanged and were counted once.</numerusform>
        </translation>
    </message>
    <message>
        <source>This export names only the holders of the data. It does not say who else received it.</source>
        <translation>This export names only the holders of the data. It does not say who else received it.</translation>
    </message>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>Your tyres, as the carmaker knows them</translation>
    </message>
    <message>
        <source>From the BMW CarData archive, requested on %1.</source>
        <translation>From the BMW CarData archive, requested on %1.</translation>
    </message>
    <message>
        <source>From the BMW CarData archive.</source>
        <translation>From the BMW CarData archive.</translation>
    </message>
    <message>
        <source>From your car&apos;s data log.</source>
        <translation>From your car&apos;s data log.</translation>
    </message>
    <message>
        <source>What else the export holds</source>
        <translation>What else the export holds</translation>
    </message>
</context>
</TS>
