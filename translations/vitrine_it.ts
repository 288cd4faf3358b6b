<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AdequacyBadge</name>
    <message>
        <source>Swiss law applies</source>
        <comment>adequacy badge</comment>
        <translation>Si applica il diritto svizzero</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>adequacy badge</comment>
        <translation>Protezione adeguata</translation>
    </message>
    <message>
        <source>Protected only if certified</source>
        <comment>adequacy badge: USA without Data Privacy Framework certification</comment>
        <translation>Protetto solo se certificato</translation>
    </message>
    <message>
        <source>Not deemed adequate</source>
        <comment>adequacy badge</comment>
        <translation>Non ritenuto adeguato</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <comment>adequacy badge</comment>
        <translation>Paese sconosciuto</translation>
    </message>
</context>
<context>
    <name>AdvisorScreen</name>
    <message>
        <source>Advisor: check the import</source>
        <translation>Consulente: verificare l’importazione</translation>
    </message>
    <message>
        <source>Check what was read before you hand the screen to the customer.</source>
        <translation>Verifichi ciò che è stato letto prima di passare lo schermo alla clientela.</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Che cosa è stato letto</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Ancora nulla da esaminare</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>Il file è stato rifiutato.</translation>
    </message>
    <message>
        <source>No data log has been imported. Import the car's log, then check it here.</source>
        <translation>Non è stato importato alcun registro dati. Importi il registro dell’auto, poi lo verifichi qui.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Period in the file</source>
        <translation>Periodo nel file</translation>
    </message>
    <message>
        <source>Period declared by the export</source>
        <translation>Periodo indicato dall’esportazione</translation>
    </message>
    <message>
        <source>Check that this VIN matches the car in for service:</source>
        <translation>Verifichi che questo VIN corrisponda all’auto in servizio:</translation>
    </message>
    <message>
        <source>Lines refused</source>
        <translation>Righe scartate</translation>
    </message>
    <message>
        <source>No line was refused.</source>
        <translation>Nessuna riga è stata scartata.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <comment>a line of the imported file</comment>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>Cancel and clear</source>
        <translation>Annulla e cancella</translation>
    </message>
    <message>
        <source>Confirm VIN and start the review</source>
        <translation>Conferma il VIN e inizia la verifica</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car's data, in plain words</source>
        <translation>I dati della sua auto, in parole semplici</translation>
    </message>
    <message>
        <source>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</source>
        <translation>Mentre le cambiamo le gomme, scopra che cosa ha registrato la sua auto, dove sono andati i dati e che cosa può fare.</translation>
    </message>
    <message>
        <source>Your advisor will start the review with you.</source>
        <translation>La sua consulente o il suo consulente inizierà la verifica con Lei.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Scelga la sua lingua</translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>PIN dimostrativo: %1</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: the advisor unlocks the kiosk</comment>
        <translation>Consulente</translation>
    </message>
</context>
<context>
    <name>ChoicesCard</name>
    <message>
        <source>Tick what you would like for each recipient. Your advisor will go through the next steps with you.</source>
        <translation>Spunti ciò che desidera per ogni destinatario. La persona che la consiglia esaminerà con Lei i passi successivi.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <comment>choice: stop this sharing in the car's settings</comment>
        <translation>Disattivare</translation>
    </message>
    <message>
        <source>Ask to delete</source>
        <comment>choice: ask the recipient to delete the data</comment>
        <translation>Chiedere la cancellazione</translation>
    </message>
    <message>
        <source>Ask for a copy</source>
        <comment>choice: ask the recipient which data it holds</comment>
        <translation>Chiedere una copia</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) ticked.</source>
        <translation><numerusform>%n scelta spuntata.</numerusform><numerusform>%n scelte spuntate.</numerusform></translation>
    </message>
    <message>
        <source>Nothing ticked: that is fine too.</source>
        <translation>Nulla di spuntato: va bene anche così.</translation>
    </message>
    <message>
        <source>Continue to signing</source>
        <translation>Continua verso la firma</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Torna all’inizio</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Schema dei flussi: quali dati sono andati a quale destinatario, in quale Paese</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation><numerusform>%n altro</numerusform><numerusform>%n altri</numerusform></translation>
    </message>
    <message>
        <source>Data</source>
        <comment>flow picture column: kinds of data</comment>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Recipients</source>
        <comment>flow picture column</comment>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Countries</source>
        <comment>flow picture column</comment>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Solid line: Switzerland deems the protection adequate</source>
        <translation>Linea continua: la Svizzera ritiene adeguata la protezione</translation>
    </message>
    <message>
        <source>Dashed line: not deemed adequate, or not known</source>
        <translation>Linea tratteggiata: non ritenuta adeguata o sconosciuta</translation>
    </message>
    <message>
        <source>Thicker line: data sent more often</source>
        <translation>Linea più spessa: dati inviati più spesso</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>È ancora qui?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation><numerusform>Per proteggere la sua privacy, questo schermo verrà cancellato tra %n secondo.</numerusform><numerusform>Per proteggere la sua privacy, questo schermo verrà cancellato tra %n secondi.</numerusform></translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sono ancora qui</translation>
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
        <translation>Scorra o tocchi Avanti per leggere di più.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
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
        <translation>Rispetto alla verifica della sua ultima visita.</translation>
    </message>
    <message>
        <source>This is the first review of this car with us.</source>
        <translation>Questa è la prima verifica di quest’auto da noi.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today: new recipients, new kinds of data, and whether your car sent more or less.</source>
        <translation>Alla sua prossima visita, questa scheda mostrerà che cosa è cambiato da oggi: nuovi destinatari, nuovi tipi di dati e se la sua auto ha inviato di più o di meno.</translation>
    </message>
    <message>
        <source>Nothing has changed since your last visit.</source>
        <translation>Non è cambiato nulla dalla sua ultima visita.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation><numerusform>%n cifra inserita</numerusform><numerusform>%n cifre inserite</numerusform></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Cancella l’ultima cifra</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Conferma il PIN</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>Most private first. The bar compares each kind of data with the most frequent one.</source>
        <translation>Prima i più privati. La barra confronta ogni tipo di dati con il più frequente.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>In short</source>
        <comment>card title</comment>
        <translation>In breve</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <comment>card title</comment>
        <translation>Che cosa ha registrato la sua auto</translation>
    </message>
    <message>
        <source>Where it went</source>
        <comment>card title</comment>
        <translation>Dove sono andati i dati</translation>
    </message>
    <message>
        <source>When</source>
        <comment>card title: the timeline</comment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>New since your last visit</source>
        <comment>card title</comment>
        <translation>Novità dalla sua ultima visita</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>card title</comment>
        <translation>Le sue scelte</translation>
    </message>
    <message>
        <source>Your privacy review</source>
        <translation>La sua verifica della privacy</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Testo normale</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: hand the kiosk back to the advisor</comment>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <comment>card indicator: card 2 of 6: its title</comment>
        <translation>%1 di %2: %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>La sua verifica della privacy</translation>
    </message>
    <message>
        <source>Signing comes next</source>
        <translation>Ora segue la firma</translation>
    </message>
    <message>
        <source>Soon you and your advisor will sign here, and the kiosk will print your privacy review sheet to take home.</source>
        <translation>Presto Lei e la persona che la consiglia firmerete qui, e il chiosco stamperà il foglio della verifica da portare a casa.</translation>
    </message>
    <message>
        <source>When you tap Finish, this screen is cleared: the next customer sees nothing of your review.</source>
        <translation>Quando tocca Fine, questo schermo viene cancellato: la persona successiva non vede nulla della sua verifica.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Torna alle sue scelte</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Advisor access</source>
        <translation>Accesso consulente</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Inserisca il suo PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Attenda %n secondo prima di riprovare.</numerusform><numerusform>Attenda %n secondi prima di riprovare.</numerusform></translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>PIN dimostrativo: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message numerus="yes">
        <source>Week starting %1: %Ln event(s)</source>
        <comment>chart: one week's total</comment>
        <translation><numerusform>Settimana dal %1: %Ln evento</numerusform><numerusform>Settimana dal %1: %Ln eventi</numerusform></translation>
    </message>
    <message>
        <source>Tap a bar to see its week.</source>
        <translation>Tocchi una barra per vedere la sua settimana.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <comment>chart: the busiest week's total, at the top line</comment>
        <translation><numerusform>%Ln evento</numerusform><numerusform>%Ln eventi</numerusform></translation>
    </message>
</context>
<context>
    <name>WhenCard</name>
    <message>
        <source>Events per week, %1.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Eventi per settimana, %1.</translation>
    </message>
</context>
<context>
    <name>WhereCard</name>
    <message>
        <source>Who received data from your car, in which country, and whether Switzerland deems the protection there adequate.</source>
        <translation>Chi ha ricevuto dati dalla sua auto, in quale Paese e se la Svizzera vi ritiene adeguata la protezione.</translation>
    </message>
    <message>
        <source>Each recipient</source>
        <comment>heading above the list of recipients</comment>
        <translation>Ogni destinatario</translation>
    </message>
    <message>
        <source>Data received: %1</source>
        <translation>Dati ricevuti: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Attenda %n secondo prima di riprovare.</numerusform><numerusform>Attenda %n secondi prima di riprovare.</numerusform></translation>
    </message>
    <message>
        <source>No advisor PIN has been set.</source>
        <translation>Non è ancora stato impostato un PIN del consulente.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>Questo PIN non è corretto.</translation>
    </message>
</context>
<context>
    <name>vitrine::Refusal</name>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Il file non può essere aperto (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Il file non può essere letto (%1).</translation>
    </message>
    <message>
        <source>The compressed file is damaged.</source>
        <translation>Il file compresso è danneggiato.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Il file è vuoto: non ha una riga di intestazione.</translation>
    </message>
    <message>
        <source>The first line is not a valid header.</source>
        <translation>La prima riga non è un’intestazione valida.</translation>
    </message>
    <message>
        <source>This is not a car data log (VDFL).</source>
        <translation>Questo non è un registro dati di un’auto (VDFL).</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the format (%1). Please update Vitrine.</source>
        <translation>Il file è stato creato con una versione più recente del formato (%1). La preghiamo di aggiornare Vitrine.</translation>
    </message>
    <message>
        <source>The format version in the header is not valid.</source>
        <translation>La versione del formato nell’intestazione non è valida.</translation>
    </message>
    <message>
        <source>The header gives no vehicle identification number (VIN).</source>
        <translation>L’intestazione non indica il numero di identificazione del veicolo (VIN).</translation>
    </message>
    <message>
        <source>"%1" is not a valid vehicle identification number (VIN).</source>
        <translation>«%1» non è un numero di identificazione del veicolo (VIN) valido.</translation>
    </message>
    <message>
        <source>The header field %1 is not valid.</source>
        <translation>Il campo dell’intestazione %1 non è valido.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
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
        <translation>Questa riga non è un record leggibile.</translation>
    </message>
    <message>
        <source>This line holds characters that are not valid text.</source>
        <translation>Questa riga contiene caratteri che non sono testo valido.</translation>
    </message>
    <message>
        <source>This line is longer than 1 MB.</source>
        <translation>Questa riga supera 1 MB.</translation>
    </message>
    <message>
        <source>The time (t) is missing.</source>
        <translation>Manca l’ora (t).</translation>
    </message>
    <message>
        <source>The time (t) is not a valid date and time.</source>
        <translation>L’ora (t) non è una data e un’ora valide.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is missing.</source>
        <translation>Manca il tipo di evento (kind).</translation>
    </message>
    <message>
        <source>The kind of event (kind) is unknown.</source>
        <translation>Il tipo di evento (kind) è sconosciuto.</translation>
    </message>
    <message>
        <source>The data (data) is missing.</source>
        <translation>Mancano i dati (data).</translation>
    </message>
    <message>
        <source>The data (data) is neither text nor a list of texts.</source>
        <translation>I dati (data) non sono né un testo né un elenco di testi.</translation>
    </message>
    <message>
        <source>The data (data) is empty.</source>
        <translation>I dati (data) sono vuoti.</translation>
    </message>
    <message>
        <source>The data item "%1" is not a known kind of data.</source>
        <translation>L’elemento di dati «%1» non è un tipo di dati noto.</translation>
    </message>
    <message>
        <source>The recipient (to) is missing.</source>
        <translation>Manca il destinatario (to).</translation>
    </message>
    <message>
        <source>The recipient (to) is not a valid address.</source>
        <translation>Il destinatario (to) non è un indirizzo valido.</translation>
    </message>
    <message>
        <source>The intermediary (via) is not a valid address.</source>
        <translation>L’intermediario (via) non è un indirizzo valido.</translation>
    </message>
    <message>
        <source>The size (bytes) is not a whole number of 0 or more.</source>
        <translation>La dimensione (bytes) non è un numero intero maggiore o uguale a 0.</translation>
    </message>
    <message>
        <source>The number of events (count) is not a whole number of 1 or more.</source>
        <translation>Il numero di eventi (count) non è un numero intero maggiore o uguale a 1.</translation>
    </message>
    <message>
        <source>The connection (channel) is unknown.</source>
        <translation>La connessione (channel) è sconosciuta.</translation>
    </message>
    <message>
        <source>The legal basis (basis) is unknown.</source>
        <translation>La base giuridica (basis) è sconosciuta.</translation>
    </message>
    <message>
        <source>The purpose (purpose) is not text.</source>
        <translation>La finalità (purpose) non è un testo.</translation>
    </message>
    <message>
        <source>The consent (consent) is not text.</source>
        <translation>Il consenso (consent) non è un testo.</translation>
    </message>
    <message>
        <source>This line was rejected.</source>
        <translation>Questa riga è stata scartata.</translation>
    </message>
</context>
<context>
    <name>vitrine::Review</name>
    <message>
        <source>unknown recipient</source>
        <translation>destinatario sconosciuto</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>Paese sconosciuto</translation>
    </message>
    <message>
        <source>New recipient: %1</source>
        <translation>Nuovo destinatario: %1</translation>
    </message>
    <message>
        <source>No longer received data: %1</source>
        <translation>Non ha più ricevuto dati: %1</translation>
    </message>
    <message>
        <source>Newly recorded: %1</source>
        <translation>Registrato per la prima volta: %1</translation>
    </message>
    <message>
        <source>No longer recorded: %1</source>
        <translation>Non più registrato: %1</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % more per day than last time.</source>
        <translation>La sua auto ha registrato circa il %1 % in più al giorno rispetto all’ultima volta.</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % less per day than last time.</source>
        <translation>La sua auto ha registrato circa il %1 % in meno al giorno rispetto all’ultima volta.</translation>
    </message>
    <message>
        <source>Your car recorded about as much per day as last time.</source>
        <translation>La sua auto ha registrato al giorno più o meno quanto l’ultima volta.</translation>
    </message>
    <message>
        <source>Your car</source>
        <translation>La sua auto</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln riga letta</numerusform><numerusform>%Ln righe lette</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation><numerusform>%Ln scartata</numerusform><numerusform>%Ln scartate</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::Store</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La banca dati ha segnalato un errore: %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2.</source>
        <translation>Impossibile creare il file della banca dati %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Impossibile leggere il file della banca dati %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Vitrine database.</source>
        <translation>Il file %1 non è una banca dati Vitrine.</translation>
    </message>
    <message>
        <source>The passphrase is empty. The database needs a passphrase.</source>
        <translation>La passphrase è vuota. La banca dati ne richiede una.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La libreria di cifratura non è riuscita ad avviarsi.</translation>
    </message>
    <message>
        <source>The database key could not be derived: not enough memory, or invalid key derivation settings.</source>
        <translation>Non è stato possibile derivare la chiave della banca dati: memoria insufficiente o impostazioni di derivazione non valide.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database.</source>
        <translation>Questa passphrase non apre la banca dati.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</source>
        <translation>Questa banca dati è stata creata da una versione più recente di Vitrine (formato %1; questa versione legge fino al %2). Aggiorni Vitrine per aprirla.</translation>
    </message>
    <message>
        <source>The import has no vehicle identification number (VIN).</source>
        <translation>L’importazione non ha un numero di identificazione del veicolo (VIN).</translation>
    </message>
    <message>
        <source>The file fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>L’impronta del file non è uno SHA-256 (64 cifre esadecimali).</translation>
    </message>
    <message>
        <source>The review report is not valid JSON: %1</source>
        <translation>Il rapporto non è un JSON valido: %1</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Il periodo di conservazione non può essere negativo.</translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation>Una voce del registro di controllo richiede un’azione.</translation>
    </message>
    <message>
        <source>The audit trail has been altered: entry %1 was changed, removed or inserted.</source>
        <translation>Il registro di controllo è stato alterato: la voce %1 è stata modificata, rimossa o inserita.</translation>
    </message>
</context>
<context>
    <name>vitrine::cli</name>
    <message>
        <source>classify reads paths on standard input; it takes no arguments.</source>
        <translation>classify legge i percorsi dall’input standard e non accetta argomenti.</translation>
    </message>
    <message>
        <source>not a VSS path (Vehicle.…)</source>
        <translation>non è un percorso VSS (Vehicle.…)</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr, de, it or en.</source>
        <translation>Lingua sconosciuta «%1»: usi fr, de, it o en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>Nessuna passphrase: imposti VITRINE_PASSPHRASE o avvii il comando da un terminale per inserirla.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk's store: </source>
        <translation>Passphrase dell’archivio del chiosco: </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Nessuna passphrase inserita.</translation>
    </message>
    <message>
        <source>Writes a realistic demo car data log.</source>
        <translation>Scrive un registro dati dimostrativo e realistico di un’auto.</translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation>Numero di eventi.</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same log.</source>
        <translation>Seme: lo stesso seme dà lo stesso registro.</translation>
    </message>
    <message>
        <source>Days covered.</source>
        <translation>Giorni coperti.</translation>
    </message>
    <message>
        <source>Output file; gzip when it ends in .gz.</source>
        <translation>File di output, compresso con gzip se termina con .gz.</translation>
    </message>
    <message>
        <source>--events and --days take whole numbers of 1 or more; --seed a whole number of 0 or more.</source>
        <translation>--events e --days richiedono numeri interi da 1 in su, --seed un numero intero da 0 in su.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records, %3 events, VIN %4.</source>
        <translation>Scritto %1: %2 record, %3 eventi, VIN %4.</translation>
    </message>
    <message>
        <source>Shows what a car data log holds.</source>
        <translation>Mostra il contenuto di un registro dati di un’auto.</translation>
    </message>
    <message>
        <source>The machine-readable report.</source>
        <translation>Il rapporto leggibile dalla macchina.</translation>
    </message>
    <message>
        <source>Language of the plain report.</source>
        <translation>Lingua del rapporto in linguaggio semplice.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>Il file di registro.</translation>
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
        <translation>Uso: vitrine-cli COMANDO [OPZIONI]

Comandi:
  inspect [--json | --lang fr|de|it|en] FILE   contenuto di un registro dati
  classify                                     categoria di ogni percorso VSS dall’input standard
  import --db PATH FILE                        conservare il riepilogo nell’archivio cifrato
  history --db PATH VIN                        importazioni precedenti di un’auto
  generate --events N --seed S --out FILE      scrivere un registro dimostrativo realistico
</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Comando sconosciuto «%1».</translation>
    </message>
    <message>
        <source>The encrypted store's file.</source>
        <translation>Il file dell’archivio cifrato.</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Lingua dei messaggi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keeps a log's summary in the encrypted store.</source>
        <translation>Conserva il riepilogo di un registro nell’archivio cifrato.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): nothing new kept.</source>
        <translation>%1 è già stato importato il %2 (importazione %3): non è stato conservato nulla di nuovo.</translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Non è stato conservato nulla: %1</translation>
    </message>
    <message>
        <source>Imported %1 for the car %2 (import %3).</source>
        <translation>%1 importato per l’auto %2 (importazione %3).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Lists the earlier imports of a car.</source>
        <translation>Elenca le importazioni precedenti di un’auto.</translation>
    </message>
    <message>
        <source>No import of the car %1 is kept.</source>
        <translation>Non è conservata alcuna importazione dell’auto %1.</translation>
    </message>
    <message>
        <source>Import %1 on %2: %3</source>
        <translation>Importazione %1 del %2: %3</translation>
    </message>
    <message>
        <source>Events from %1 to %2: %3</source>
        <translation>Eventi dal %1 al %2: %3</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 rejected</source>
        <translation>Righe: %1 lette, %2 scartate</translation>
    </message>
    <message>
        <source>Only the summary was kept, not the records.</source>
        <translation>È stato conservato solo il riepilogo, non i record.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of the car %1, newest first:</source>
        <translation><numerusform>%n importazione dell’auto %1, la più recente per prima:</numerusform><numerusform>%n importazioni dell’auto %1, la più recente per prima:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln riga letta</numerusform><numerusform>%Ln righe lette</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation><numerusform>%Ln scartata</numerusform><numerusform>%Ln scartate</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::generator</name>
    <message>
        <source>The number of events and days must be at least 1.</source>
        <translation>Il numero di eventi e di giorni deve essere almeno 1.</translation>
    </message>
</context>
<context>
    <name>vitrine::plain</name>
    <message>
        <source>Location</source>
        <comment>data category</comment>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Driving</source>
        <comment>data category</comment>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>data category</comment>
        <translation>Conducente</translation>
    </message>
    <message>
        <source>Inside the car</source>
        <comment>data category</comment>
        <translation>Abitacolo</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>data category</comment>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Media and infotainment</source>
        <comment>data category</comment>
        <translation>Media e intrattenimento</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>data category</comment>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Technical condition</source>
        <comment>data category</comment>
        <translation>Stato tecnico</translation>
    </message>
    <message>
        <source>Battery, charging and fuel</source>
        <comment>data category</comment>
        <translation>Batteria, ricarica e carburante</translation>
    </message>
    <message>
        <source>Software</source>
        <comment>data category</comment>
        <translation>Software</translation>
    </message>
    <message>
        <source>where the car is and has been</source>
        <translation>dove si trova l’auto e dove è stata</translation>
    </message>
    <message>
        <source>how the car is driven</source>
        <translation>come viene guidata l’auto</translation>
    </message>
    <message>
        <source>the driver's state and body</source>
        <translation>lo stato e il corpo di chi guida</translation>
    </message>
    <message>
        <source>who and what is inside</source>
        <translation>chi e che cosa c’è a bordo</translation>
    </message>
    <message>
        <source>the connected phone: contacts, calls, messages</source>
        <translation>il telefono collegato: contatti, chiamate, messaggi</translation>
    </message>
    <message>
        <source>music, radio and other entertainment</source>
        <translation>musica, radio e altro intrattenimento</translation>
    </message>
    <message>
        <source>who you and the car are</source>
        <translation>chi è Lei e di quale auto si tratta</translation>
    </message>
    <message>
        <source>software versions and updates</source>
        <translation>versioni del software e aggiornamenti</translation>
    </message>
    <message>
        <source>very private</source>
        <translation>molto privato</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privato</translation>
    </message>
    <message>
        <source>not very private</source>
        <translation>poco privato</translation>
    </message>
    <message>
        <source>carmaker</source>
        <comment>recipient role</comment>
        <translation>casa automobilistica</translation>
    </message>
    <message>
        <source>maps and traffic</source>
        <comment>recipient role</comment>
        <translation>mappe e traffico</translation>
    </message>
    <message>
        <source>voice assistant</source>
        <comment>recipient role</comment>
        <translation>assistente vocale</translation>
    </message>
    <message>
        <source>mobile network</source>
        <comment>recipient role</comment>
        <translation>rete mobile</translation>
    </message>
    <message>
        <source>insurer</source>
        <comment>recipient role</comment>
        <translation>assicurazione</translation>
    </message>
    <message>
        <source>data broker</source>
        <comment>recipient role</comment>
        <translation>intermediario di dati</translation>
    </message>
    <message>
        <source>music and video streaming</source>
        <comment>recipient role</comment>
        <translation>streaming di musica e video</translation>
    </message>
    <message>
        <source>charging network</source>
        <comment>recipient role</comment>
        <translation>rete di ricarica</translation>
    </message>
    <message>
        <source>cloud service</source>
        <comment>recipient role</comment>
        <translation>servizio cloud</translation>
    </message>
    <message>
        <source>software and updates</source>
        <comment>recipient role</comment>
        <translation>software e aggiornamenti</translation>
    </message>
    <message>
        <source>breakdown service</source>
        <comment>recipient role</comment>
        <translation>soccorso stradale</translation>
    </message>
    <message>
        <source>fleet telematics</source>
        <comment>recipient role</comment>
        <translation>telematica per flotte</translation>
    </message>
    <message>
        <source>%1 is in Switzerland: Swiss data protection law applies.</source>
        <translation>%1 si trova in Svizzera: si applica la legge svizzera sulla protezione dei dati.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately.</source>
        <translation>La Svizzera ritiene adeguata la protezione dei dati nel Paese di %1.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately for private companies.</source>
        <translation>La Svizzera ritiene adeguata la protezione dei dati nel Paese di %1 per le aziende private.</translation>
    </message>
    <message>
        <source>%1 is in the USA. Switzerland considers data safe there only with companies certified under the Swiss-US Data Privacy Framework, and %1 is not known to be certified.</source>
        <translation>%1 si trova negli Stati Uniti. La Svizzera ritiene i dati al sicuro solo presso le aziende certificate secondo lo Swiss-US Data Privacy Framework, e non risulta che %1 sia certificata.</translation>
    </message>
    <message>
        <source>Switzerland does not consider that %1's country protects data adequately.</source>
        <translation>La Svizzera non ritiene adeguata la protezione dei dati nel Paese di %1.</translation>
    </message>
    <message>
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 non è nel nostro elenco: non sappiamo chi lo gestisce né in quale Paese.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation><numerusform>%Ln volta</numerusform><numerusform>%Ln volte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation><numerusform>circa %Ln volta</numerusform><numerusform>circa %Ln volte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln evento</numerusform><numerusform>%Ln eventi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation><numerusform>circa %Ln evento</numerusform><numerusform>circa %Ln eventi</numerusform></translation>
    </message>
    <message>
        <source>about %1 kB</source>
        <translation>circa %1 kB</translation>
    </message>
    <message>
        <source>about %1 MB</source>
        <translation>circa %1 MB</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>circa %1 GB</translation>
    </message>
    <message>
        <source>about %1 TB</source>
        <translation>circa %1 TB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation><numerusform>%Ln byte</numerusform><numerusform>%Ln byte</numerusform></translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>chilometraggio, guasti, pneumatici e manutenzione</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>livello della batteria, ricariche e consumo di carburante</translation>
    </message>
</context>
<context>
    <name>vitrine::summary</name>
    <message>
        <source>The file names your car but holds no readable events.</source>
        <translation>Il file indica la sua auto, ma non contiene eventi leggibili.</translation>
    </message>
    <message>
        <source>Between %1 and %2, your car recorded %3.</source>
        <translation>Tra il %1 e il %2 la sua auto ha registrato %3.</translation>
    </message>
    <message>
        <source>Nothing left the car.</source>
        <translation>Nulla è uscito dall’auto.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation><numerusform>%n destinatario</numerusform><numerusform>%n destinatari</numerusform></translation>
    </message>
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>I dati sono usciti dall’auto %1 e sono andati a %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation><numerusform>%n destinatario si trova in un Paese la cui protezione dei dati non è ritenuta adeguata dalla Svizzera.</numerusform><numerusform>%n destinatari si trovano in Paesi la cui protezione dei dati non è ritenuta adeguata dalla Svizzera.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %n recipient(s) are, nor where they are.</source>
        <translation><numerusform>%n destinatario ci è sconosciuto: non sappiamo chi sia né dove si trovi.</numerusform><numerusform>%n destinatari ci sono sconosciuti: non sappiamo chi siano né dove si trovino.</numerusform></translation>
    </message>
    <message>
        <source>Every recipient is in a country whose data protection Switzerland considers adequate.</source>
        <translation>Tutti i destinatari si trovano in Paesi la cui protezione dei dati è ritenuta adeguata dalla Svizzera.</translation>
    </message>
    <message>
        <source>Your car (VIN %1)</source>
        <translation>La sua auto (VIN %1)</translation>
    </message>
    <message>
        <source>Your %1 (VIN %2)</source>
        <translation>La sua %1 (VIN %2)</translation>
    </message>
    <message>
        <source>The export says it covers %1 to %2.</source>
        <translation>Secondo l’esportazione, il file copre il periodo dal %1 al %2.</translation>
    </message>
    <message>
        <source>The events in it run from %1 to %2.</source>
        <translation>Gli eventi contenuti vanno dal %1 al %2.</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>In breve</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <translation>Che cosa ha registrato la sua auto</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Dove sono andati i dati</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Che cosa non è stato possibile leggere</translation>
    </message>
    <message>
        <source>This report shows what the exported file contains, nothing more.</source>
        <translation>Questo rapporto mostra ciò che contiene il file esportato, niente di più.</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) we know of</source>
        <translation><numerusform>%n Paese noto</numerusform><numerusform>%n Paesi noti</numerusform></translation>
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
        <translation>%1 (destinatario sconosciuto): %2</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Dati: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation><numerusform>%n riga del file non è stata letta:</numerusform><numerusform>%n righe del file non sono state lette:</numerusform></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… e %n altra.</numerusform><numerusform>… e altre %n.</numerusform></translation>
    </message>
</context>
</TS>
