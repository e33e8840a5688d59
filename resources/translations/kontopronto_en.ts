<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
  <context>
    <name>AccountingSettings</name>
    <message>
      <source>Når en periode er lukket, kan ingen fakturaer, kreditnotaer, innbetalinger eller bilag dateres i den. Lukk perioden når regnskapet for den er avstemt.</source>
      <translation>Once a period is closed, no invoices, credit notes, payments or vouchers can be dated in it. Close the period when its accounts have been reconciled.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Regnskapsfilen kunne ikke åpnes: {0}</source>
      <translation>The accounting file could not be opened: {0}</translation>
    </message>
    <message>
      <source>KontoPronto</source>
      <translation>KontoPronto</translation>
    </message>
    <message>
      <source>--screenshot krever --store og passordet i KONTOPRONTO_PASSPHRASE.</source>
      <translation>--screenshot needs --store and the passphrase in KONTOPRONTO_PASSPHRASE.</translation>
    </message>
    <message>
      <source>Passord mangler: sett KONTOPRONTO_PASSPHRASE.</source>
      <translation>Passphrase missing: set KONTOPRONTO_PASSPHRASE.</translation>
    </message>
    <message>
      <source>Kunne ikke lagre bildet {0}.</source>
      <translation>Could not save the image {0}.</translation>
    </message>
    <message>
      <source>Bilde av vinduet lagret i {0}</source>
      <translation>Window image saved to {0}</translation>
    </message>
  </context>
  <context>
    <name>BackupSettings</name>
    <message>
      <source>denne PC-en</source>
      <translation>this PC</translation>
    </message>
    <message>
      <source>bare for region utenfor EU/EØS, f.eks. EUs standardavtaler (SCC)</source>
      <translation>only for a region outside the EU/EEA, e.g. the EU's standard contractual clauses (SCC)</translation>
    </message>
    <message>
      <source> timer</source>
      <translation> hours</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Test forbindelsen</source>
      <translation>Test the connection</translation>
    </message>
    <message>
      <source>Adresse (endepunkt)</source>
      <translation>Address (endpoint)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Overføringsgrunnlag</source>
      <translation>Transfer basis</translation>
    </message>
    <message>
      <source>Bøtte</source>
      <translation>Bucket</translation>
    </message>
    <message>
      <source>Prefiks (mappe)</source>
      <translation>Prefix (folder)</translation>
    </message>
    <message>
      <source>Tilgangsnøkkel</source>
      <translation>Access key</translation>
    </message>
    <message>
      <source>Hemmelig nøkkel</source>
      <translation>Secret key</translation>
    </message>
    <message>
      <source>Automatisk sikkerhetskopi hver</source>
      <translation>Automatic backup every</translation>
    </message>
    <message>
      <source>Behold</source>
      <translation>Keep</translation>
    </message>
    <message>
      <source>Server (S3-kompatibel lagring)</source>
      <translation>Server (S3-compatible storage)</translation>
    </message>
    <message>
      <source>Ta sikkerhetskopi nå</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>Oppdater listen</source>
      <translation>Refresh the list</translation>
    </message>
    <message>
      <source>Kontroller valgt (øvelse)</source>
      <translation>Verify selected (drill)</translation>
    </message>
    <message>
      <source>Hent nyeste</source>
      <translation>Fetch newest</translation>
    </message>
    <message>
      <source>Gjenopprett valgt over regnskapsfilen …</source>
      <translation>Restore selected over the accounting file …</translation>
    </message>
    <message>
      <source>Slett utløpte</source>
      <translation>Delete expired</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>ny fil, f.eks. C:\Kopier\forening-kopi.kpdb</source>
      <translation>new file, e.g. C:\Copies\club-copy.kpdb</translation>
    </message>
    <message>
      <source>Velg …</source>
      <translation>Choose …</translation>
    </message>
    <message>
      <source>Gjenopprett valgt til ny fil</source>
      <translation>Restore selected to a new file</translation>
    </message>
    <message>
      <source>Sikkerhetskopier på serveren</source>
      <translation>Backups on the server</translation>
    </message>
    <message>
      <source>Ingen sikkerhetskopi beholdes lenger enn {d} dager (personvernreglene: 30 dager til 3 måneder, kan endres under Personvern).</source>
      <translation>No backup is kept longer than {d} days (the privacy rules: 30 days to 3 months, can be changed under Privacy).</translation>
    </message>
    <message>
      <source>Sjekker nøkkelring …</source>
      <translation>Checking the keyring …</translation>
    </message>
    <message>
      <source>Nøklene lagres i nøkkelringen på denne PC-en.</source>
      <translation>The keys are stored in this PC's keyring.</translation>
    </message>
    <message>
      <source>Ingen nøkkelring på denne PC-en: nøklene lagres i regnskapsfilen.</source>
      <translation>No keyring on this PC: the keys are stored in the accounts file.</translation>
    </message>
    <message>
      <source>lagret ({where}); la stå tom for å beholde</source>
      <translation>saved ({where}); leave empty to keep</translation>
    </message>
    <message>
      <source>mangler</source>
      <translation>missing</translation>
    </message>
    <message>
      <source>Fant ikke de lagrede nøklene: </source>
      <translation>Could not find the stored keys: </translation>
    </message>
    <message>
      <source>Nøklene er lagret i {where}.</source>
      <translation>The keys are saved in {where}.</translation>
    </message>
    <message>
      <source>Ikke lagret: </source>
      <translation>Not saved: </translation>
    </message>
    <message>
      <source>Innstillingene for sikkerhetskopi er lagret.</source>
      <translation>The backup settings have been saved.</translation>
    </message>
    <message>
      <source>Fyll inn tilgangsnøkkel og hemmelig nøkkel.</source>
      <translation>Fill in the access key and the secret key.</translation>
    </message>
    <message>
      <source>Fyll inn adresse og bøtte.</source>
      <translation>Fill in the address and the bucket.</translation>
    </message>
    <message>
      <source>Tester forbindelsen …</source>
      <translation>Testing the connection …</translation>
    </message>
    <message>
      <source>Forbindelsen virker.</source>
      <translation>The connection works.</translation>
    </message>
    <message>
      <source>Forbindelsen virker ikke: </source>
      <translation>The connection does not work: </translation>
    </message>
    <message>
      <source>Henter listen …</source>
      <translation>Fetching the list …</translation>
    </message>
    <message>
      <source>Sikkerhetskopi lastet opp: generasjon {g}.</source>
      <translation>Backup uploaded: generation {g}.</translation>
    </message>
    <message>
      <source>{n} utløpte sikkerhetskopier er slettet.</source>
      <translation>{n} expired backups have been deleted.</translation>
    </message>
    <message>
      <source>Tar sikkerhetskopi …</source>
      <translation>Backing up …</translation>
    </message>
    <message>
      <source>Nyere sikkerhetskopi på serveren</source>
      <translation>Newer backup on the server</translation>
    </message>
    <message>
      <source>Hva vil du gjøre?</source>
      <translation>What do you want to do?</translation>
    </message>
    <message>
      <source>Behold min utgave som egen fil og hent den nyeste</source>
      <translation>Keep my version as a separate file and fetch the newest</translation>
    </message>
    <message>
      <source>Hent den nyeste</source>
      <translation>Fetch the newest</translation>
    </message>
    <message>
      <source>Slettet {n} utløpte sikkerhetskopier.</source>
      <translation>Deleted {n} expired backups.</translation>
    </message>
    <message>
      <source>Ingen sikkerhetskopier var utløpt.</source>
      <translation>No backups had expired.</translation>
    </message>
    <message>
      <source>Rydder …</source>
      <translation>Cleaning up …</translation>
    </message>
    <message>
      <source>Velg en sikkerhetskopi i listen først.</source>
      <translation>Select a backup in the list first.</translation>
    </message>
    <message>
      <source>Kontrollerer …</source>
      <translation>Verifying …</translation>
    </message>
    <message>
      <source>Oppgi filen kopien skal gjenopprettes til.</source>
      <translation>Enter the file to restore the copy to.</translation>
    </message>
    <message>
      <source>Gjenopprettet til {path}. Den åpnes med de samme passordene.</source>
      <translation>Restored to {path}. It opens with the same passwords.</translation>
    </message>
    <message>
      <source>Gjenoppretter …</source>
      <translation>Restoring …</translation>
    </message>
    <message>
      <source>Sikkerhetskopi</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Erstatte hele regnskapsfilen med sikkerhetskopien fra {when} (generasjon {g}, {pc})? Kopien kontrolleres først; regnskapsfilen du har nå tas vare på som en egen fil.</source>
      <translation>Replace the whole accounting file with the backup from {when} (generation {g}, {pc})? The copy is verified first; the accounting file you have now is kept as a separate file.</translation>
    </message>
    <message>
      <source>Hente den nyeste utgaven fra serveren over denne regnskapsfilen? Kopien kontrolleres først; regnskapsfilen du har nå tas vare på som en egen fil.</source>
      <translation>Fetch the newest version from the server over this accounting file? The copy is verified first; the accounting file you have now is kept as a separate file.</translation>
    </message>
    <message>
      <source>Gjenopprettet generasjon {g}. Regnskapsfilen du hadde er tatt vare på som {kept}.</source>
      <translation>Restored generation {g}. The accounting file you had is kept as {kept}.</translation>
    </message>
    <message>
      <source>Din egen utgave er lagret som {own}.</source>
      <translation>Your own version is saved as {own}.</translation>
    </message>
    <message>
      <source>Henter og kontrollerer …</source>
      <translation>Fetching and verifying …</translation>
    </message>
    <message>
      <source>Gjenopprett til ny fil</source>
      <translation>Restore to a new file</translation>
    </message>
    <message>
      <source>KontoPronto (*.kpdb)</source>
      <translation>KontoPronto (*.kpdb)</translation>
    </message>
    <message>
      <source>Uventet feil: </source>
      <translation>Unexpected error: </translation>
    </message>
    <message>
      <source>siste</source>
      <translation>latest</translation>
    </message>
    <message>
      <source>daglige</source>
      <translation>daily</translation>
    </message>
    <message>
      <source>ukentlige</source>
      <translation>weekly</translation>
    </message>
    <message>
      <source>månedlige</source>
      <translation>monthly</translation>
    </message>
    <message>
      <source>Tidspunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Generasjon</source>
      <translation>Generation</translation>
    </message>
    <message>
      <source>PC</source>
      <translation>PC</translation>
    </message>
    <message>
      <source>Størrelse</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
  </context>
  <context>
    <name>BackupStatus</name>
    <message>
      <source>nettopp</source>
      <translation>just now</translation>
    </message>
    <message>
      <source>for {n} t siden</source>
      <translation>{n} h ago</translation>
    </message>
    <message>
      <source>i går</source>
      <translation>yesterday</translation>
    </message>
    <message>
      <source>for {n} dager siden</source>
      <translation>{n} days ago</translation>
    </message>
    <message>
      <source>Sikkerhetskopi: ikke satt opp</source>
      <translation>Backup: not set up</translation>
    </message>
    <message>
      <source>Sett opp sikkerhetskopi til server under Innstillinger → Sikkerhetskopi.</source>
      <translation>Set up backup to a server under Settings → Backup.</translation>
    </message>
    <message>
      <source>Siste vellykkede: {0}.</source>
      <translation>Last successful: {0}.</translation>
    </message>
    <message>
      <source>Ingen vellykket sikkerhetskopi ennå.</source>
      <translation>No successful backup yet.</translation>
    </message>
    <message>
      <source>Sikkerhetskopi feilet</source>
      <translation>Backup failed</translation>
    </message>
    <message>
      <source>Sikkerhetskopi: aldri tatt</source>
      <translation>Backup: never taken</translation>
    </message>
    <message>
      <source>Ingen sikkerhetskopi er lastet opp ennå.</source>
      <translation>No backup has been uploaded yet.</translation>
    </message>
    <message>
      <source>Sikkerhetskopi: {0}</source>
      <translation>Backup: {0}</translation>
    </message>
    <message>
      <source>Siste sikkerhetskopi {0} (generasjon {1}).</source>
      <translation>Last backup {0} (generation {1}).</translation>
    </message>
    <message>
      <source>nyere utgave på serveren</source>
      <translation>newer version on the server</translation>
    </message>
    <message>
      <source>Hent den under Innstillinger → Sikkerhetskopi.</source>
      <translation>Fetch it under Settings → Backup.</translation>
    </message>
    <message>
      <source>Sikkerhetskopierer …</source>
      <translation>Backing up …</translation>
    </message>
    <message>
      <source>Sikkerhetskopierer … {pct} %</source>
      <translation>Backing up … {pct} %</translation>
    </message>
  </context>
  <context>
    <name>BooksPage</name>
    <message>
      <source>Regnskap</source>
      <translation>Accounting</translation>
    </message>
    <message>
      <source> (standard)</source>
      <translation> (default)</translation>
    </message>
    <message>
      <source>f.eks. 3440</source>
      <translation>e.g. 3440</translation>
    </message>
    <message>
      <source>(ingen endring)</source>
      <translation>(no change)</translation>
    </message>
    <message>
      <source>Lagre konto</source>
      <translation>Save account</translation>
    </message>
    <message>
      <source>Kontonummer</source>
      <translation>Account number</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Bruk for</source>
      <translation>Use for</translation>
    </message>
    <message>
      <source>Konto</source>
      <translation>Account</translation>
    </message>
    <message>
      <source>Lagre produktkonto</source>
      <translation>Save product account</translation>
    </message>
    <message>
      <source>Velg et produkt i tabellen.</source>
      <translation>Select a product in the table.</translation>
    </message>
    <message>
      <source>Produkt</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Inntektskonto</source>
      <translation>Income account</translation>
    </message>
    <message>
      <source>Mva-kode (SAF-T)</source>
      <translation>VAT code (SAF-T)</translation>
    </message>
    <message>
      <source>Produktets konto</source>
      <translation>The product's account</translation>
    </message>
    <message>
      <source>Bokfør tidligere hendelser …</source>
      <translation>Post earlier events …</translation>
    </message>
    <message>
      <source>Én gang etter oppgradering: lager bilag for fakturaer og innbetalinger fra før regnskapsmodulen.</source>
      <translation>Once after upgrading: creates vouchers for invoices and payments from before the accounting module.</translation>
    </message>
    <message>
      <source>Endringer gjelder hendelser etter endringen; bokførte bilag endres aldri.</source>
      <translation>Changes apply to events after the change; posted vouchers are never changed.</translation>
    </message>
    <message>
      <source>Kontoplan (NS 4102)</source>
      <translation>Chart of accounts (NS 4102)</translation>
    </message>
    <message>
      <source>Produkter</source>
      <translation>Products</translation>
    </message>
    <message>
      <source>Velg et produkt i tabellen først.</source>
      <translation>Select a product in the table first.</translation>
    </message>
    <message>
      <source>Velg fil …</source>
      <translation>Choose file …</translation>
    </message>
    <message>
      <source>Eksporter</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Fra dato</source>
      <translation>From date</translation>
    </message>
    <message>
      <source>Til dato</source>
      <translation>To date</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Tidligere eksporter</source>
      <translation>Earlier exports</translation>
    </message>
    <message>
      <source>Lagre eksport</source>
      <translation>Save export</translation>
    </message>
    <message>
      <source>Eksporterer …</source>
      <translation>Exporting …</translation>
    </message>
    <message>
      <source>Reskontroen er skrevet til {p}.</source>
      <translation>The customer ledger has been written to {p}.</translation>
    </message>
    <message>
      <source>Kontoplan</source>
      <translation>Chart of accounts</translation>
    </message>
    <message>
      <source>Bilag</source>
      <translation>Vouchers</translation>
    </message>
    <message>
      <source>Eksport</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Mva-grunnlag</source>
      <translation>VAT basis</translation>
    </message>
    <message>
      <source>Vis</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>PDF …</source>
      <translation>PDF …</translation>
    </message>
    <message>
      <source>Forhåndsvis og skriv ut …</source>
      <translation>Preview and print …</translation>
    </message>
    <message>
      <source>Excel …</source>
      <translation>Excel …</translation>
    </message>
    <message>
      <source>Ingen omsetning eller mva i terminen. Velg år og termin over og trykk «Vis».</source>
      <translation>No turnover or VAT in the term. Choose year and term above and press “Show”.</translation>
    </message>
    <message>
      <source>Dobbeltklikk for å åpne fakturaen eller kreditnotaen</source>
      <translation>Double-click to open the invoice or credit note</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Termin</source>
      <translation>Term</translation>
    </message>
    <message>
      <source>Dokumenter bak valgt kode</source>
      <translation>Documents behind the selected code</translation>
    </message>
    <message>
      <source>{f}–{t}: grunnlag {b}, utgående mva {v} (fakturaer minus kreditnotaer: {d})</source>
      <translation>{f}–{t}: basis {b}, output VAT {v} (invoices minus credit notes: {d})</translation>
    </message>
    <message>
      <source>Lagret {p}.</source>
      <translation>Saved {p}.</translation>
    </message>
    <message>
      <source>Mva-grunnlag {y} termin {t}</source>
      <translation>VAT basis {y} term {t}</translation>
    </message>
    <message>
      <source>Alle typer</source>
      <translation>All types</translation>
    </message>
    <message>
      <source>Dokument, tekst eller konto</source>
      <translation>Document, text or account</translation>
    </message>
    <message>
      <source>Vis dokumentet (PDF)</source>
      <translation>Show the document (PDF)</translation>
    </message>
    <message>
      <source>Vis medlemmets reskontro</source>
      <translation>Show the member's customer ledger</translation>
    </message>
    <message>
      <source>Ingen bilag i perioden. Bilag lages når fakturaer utstedes og innbetalinger bokføres.</source>
      <translation>No vouchers in the period. Vouchers are made when invoices are issued and payments are booked.</translation>
    </message>
    <message>
      <source>Ingen bilag passer søket eller typen i perioden.</source>
      <translation>No vouchers match the search or the type in the period.</translation>
    </message>
    <message>
      <source>Fra</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Til</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Linjer</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source> (de første {n})</source>
      <translation> (the first {n})</translation>
    </message>
    <message>
      <source>{n} bilag</source>
      <translation>{n} vouchers</translation>
    </message>
    <message>
      <source>Ingen bilag ennå: {n} fakturaer og kreditnotaer fra før regnskapsmodulen bokføres ved første nye hendelse, eller nå med «Bokfør tidligere hendelser …» under Kontoplan.</source>
      <translation>No vouchers yet: {n} invoices and credit notes from before the accounting module are posted at the first new event, or now with “Post earlier events …” under Chart of accounts.</translation>
    </message>
    <message>
      <source>Bilaget gjelder ikke en faktura eller kreditnota.</source>
      <translation>The voucher does not relate to an invoice or credit note.</translation>
    </message>
    <message>
      <source>Faktura</source>
      <translation>Invoice</translation>
    </message>
    <message>
      <source>Kreditnota</source>
      <translation>Credit note</translation>
    </message>
    <message>
      <source>Innbetaling</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>Matching</source>
      <translation>Matching</translation>
    </message>
    <message>
      <source>Kreditt på konto</source>
      <translation>Credit on account</translation>
    </message>
    <message>
      <source>Bruk av kreditt</source>
      <translation>Use of credit</translation>
    </message>
    <message>
      <source>Tilbakebetaling</source>
      <translation>Refund</translation>
    </message>
    <message>
      <source>Angret matching</source>
      <translation>Matching undone</translation>
    </message>
    <message>
      <source>Tap på fordring</source>
      <translation>Bad debt write-off</translation>
    </message>
    <message>
      <source>Gjenvunnet tap</source>
      <translation>Recovered bad debt</translation>
    </message>
    <message>
      <source>Purregebyr</source>
      <translation>Reminder fee</translation>
    </message>
    <message>
      <source>Kundefordringer (reskontro)</source>
      <translation>Accounts receivable (customer ledger)</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Kundekreditt (innbetalt på konto)</source>
      <translation>Customer credit (paid on account)</translation>
    </message>
    <message>
      <source>Uidentifiserte innbetalinger</source>
      <translation>Unidentified payments</translation>
    </message>
    <message>
      <source>Utgående mva 25 %</source>
      <translation>Output VAT 25 %</translation>
    </message>
    <message>
      <source>Utgående mva 15 %</source>
      <translation>Output VAT 15 %</translation>
    </message>
    <message>
      <source>Utgående mva 12 %</source>
      <translation>Output VAT 12 %</translation>
    </message>
    <message>
      <source>Salgsinntekt, avgiftspliktig (standard)</source>
      <translation>Sales revenue, taxable (standard)</translation>
    </message>
    <message>
      <source>Salgsinntekt, avgiftsfri (nullsats)</source>
      <translation>Sales revenue, zero-rated</translation>
    </message>
    <message>
      <source>Inntekt utenfor mva-loven (kontingent o.l.)</source>
      <translation>Income outside the VAT Act (membership fees etc.)</translation>
    </message>
    <message>
      <source>Renteinntekter (forsinkelsesrente)</source>
      <translation>Interest income (late payment interest)</translation>
    </message>
    <message>
      <source>Tap på fordringer</source>
      <translation>Bad debt write-offs</translation>
    </message>
    <message>
      <source>Øreavrunding</source>
      <translation>Rounding</translation>
    </message>
    <message>
      <source>Egenkapital (tidligere års resultat i SAF-T)</source>
      <translation>Equity (previous years' result in SAF-T)</translation>
    </message>
    <message>
      <source>Tomånedlig (standard)</source>
      <translation>Bi-monthly (standard)</translation>
    </message>
    <message>
      <source>Årlig (små virksomheter)</source>
      <translation>Yearly (small businesses)</translation>
    </message>
    <message>
      <source>SAF-T Financial 1.30 (XML)</source>
      <translation>SAF-T Financial 1.30 (XML)</translation>
    </message>
    <message>
      <source>Bilagsjournal (CSV)</source>
      <translation>Voucher journal (CSV)</translation>
    </message>
    <message>
      <source>Hele reskontroen (ZIP)</source>
      <translation>The whole customer ledger (ZIP)</translation>
    </message>
    <message>
      <source>Brukes til</source>
      <translation>Used for</translation>
    </message>
    <message>
      <source>Gruppering (SAF-T)</source>
      <translation>Grouping (SAF-T)</translation>
    </message>
    <message>
      <source>Mva-sats</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <source>Mva-kode</source>
      <translation>VAT code</translation>
    </message>
    <message>
      <source>Eksportert</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>Av</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Beskrivelse</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Grunnlag</source>
      <translation>Basis</translation>
    </message>
    <message>
      <source>Mva</source>
      <translation>VAT</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Dokument</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Beløp</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Debet</source>
      <translation>Debit</translation>
    </message>
    <message>
      <source>Kredit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <source>Kunde</source>
      <translation>Customer</translation>
    </message>
    <message>
      <source>Tekst</source>
      <translation>Text</translation>
    </message>
  </context>
  <context>
    <name>BreachLog</name>
    <message>
      <source>Ingen avvik registrert. Trykk «Registrer avvik» hvis personopplysninger har kommet på avveie.</source>
      <translation>No breaches registered. Press “Record personal data breach” if personal data has gone astray.</translation>
    </message>
    <message>
      <source>Registrer avvik</source>
      <translation>Record personal data breach</translation>
    </message>
    <message>
      <source>hvorfor det ikke meldes (ingen risiko for de registrerte)</source>
      <translation>why it is not notified (no risk to the data subjects)</translation>
    </message>
    <message>
      <source>Meldt til Datatilsynet nå</source>
      <translation>Notified to the Data Protection Authority now</translation>
    </message>
    <message>
      <source>Meldes ikke</source>
      <translation>Not notified</translation>
    </message>
    <message>
      <source>Lagre protokoll med avvikslogg (PDF) …</source>
      <translation>Save records with breach log (PDF) …</translation>
    </message>
    <message>
      <source>Hva skjedde</source>
      <translation>What happened</translation>
    </message>
    <message>
      <source>Oppdaget</source>
      <translation>Discovered</translation>
    </message>
    <message>
      <source>Hvilke opplysninger</source>
      <translation>Which data</translation>
    </message>
    <message>
      <source>Hvem gjelder det</source>
      <translation>Who is affected</translation>
    </message>
    <message>
      <source>Tiltak</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>Alle brudd på personopplysningssikkerheten skal dokumenteres (art. 33 nr. 5). Brudd som kan gi risiko for de registrerte meldes til Datatilsynet innen 72 timer etter at de ble oppdaget.</source>
      <translation>Every personal data breach must be documented (Art. 33(5)). Breaches that may pose a risk to the data subjects are notified to the Data Protection Authority within 72 hours of being discovered.</translation>
    </message>
    <message>
      <source>Bare en administrator kan registrere avvik.</source>
      <translation>Only an administrator can record personal data breaches.</translation>
    </message>
    <message>
      <source>Velg avviket i listen først.</source>
      <translation>Select the breach in the list first.</translation>
    </message>
    <message>
      <source>Lagre protokoll</source>
      <translation>Save records</translation>
    </message>
    <message>
      <source>Protokoll</source>
      <translation>Records</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Datatilsynet</source>
      <translation>Data Protection Authority</translation>
    </message>
  </context>
  <context>
    <name>ChannelsSettings</name>
    <message>
      <source>AvtaleGiro (Nets)</source>
      <translation>AvtaleGiro (Nets)</translation>
    </message>
    <message>
      <source>Kundeenhet-ID</source>
      <translation>Customer unit ID</translation>
    </message>
    <message>
      <source>Avtale-ID</source>
      <translation>Agreement ID</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Les avtalefil fra banken …</source>
      <translation>Read agreement file from the bank …</translation>
    </message>
    <message>
      <source>Ikke lagret.</source>
      <translation>Not saved.</translation>
    </message>
    <message>
      <source>AvtaleGiro-innstillingene er lagret.</source>
      <translation>The AvtaleGiro settings have been saved.</translation>
    </message>
    <message>
      <source>Velg avtalefil fra banken</source>
      <translation>Choose agreement file from the bank</translation>
    </message>
    <message>
      <source>Nets-filer (*.txt *.dat *.ocr);;Alle filer (*)</source>
      <translation>Nets files (*.txt *.dat *.ocr);;All files (*)</translation>
    </message>
    <message>
      <source>Kunne ikke lese {0}: {1}</source>
      <translation>Could not read {0}: {1}</translation>
    </message>
    <message>
      <source>Avtalefil</source>
      <translation>Agreement file</translation>
    </message>
    <message>
      <source>Lagre endringene?</source>
      <translation>Save the changes?</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Ingenting ble lagret.</source>
      <translation>Nothing was saved.</translation>
    </message>
    <message>
      <source>SFTP-mottaker (bank eller aksesspunkt)</source>
      <translation>SFTP receiver (bank or access point)</translation>
    </message>
    <message>
      <source>la stå tomt for å beholde</source>
      <translation>leave empty to keep</translation>
    </message>
    <message>
      <source>Vert</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Brukernavn</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Mappe på serveren</source>
      <translation>Folder on the server</translation>
    </message>
    <message>
      <source>Vertsnøkkelens fingeravtrykk</source>
      <translation>Host key fingerprint</translation>
    </message>
    <message>
      <source>Passord</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>SFTP-innstillingene er lagret.</source>
      <translation>The SFTP settings have been saved.</translation>
    </message>
    <message>
      <source>Passordet er lagret i {0}.</source>
      <translation>The password is stored in {0}.</translation>
    </message>
    <message>
      <source>Utsending per kanal</source>
      <translation>Sending by channel</translation>
    </message>
    <message>
      <source>Vis fordeling</source>
      <translation>Show split</translation>
    </message>
    <message>
      <source>Skriv til utboksen og last opp</source>
      <translation>Write to the outbox and upload</translation>
    </message>
    <message>
      <source>Utboks: {0}</source>
      <translation>Outbox: {0}</translation>
    </message>
    <message>
      <source>Kjøring {0} – {1} fakturaer, {2}, fakturadato {3}</source>
      <translation>Run {0} – {1} invoices, {2}, invoice date {3}</translation>
    </message>
    <message>
      <source>Ingen fakturakjøringer ennå. Kjør fakturaer under Fakturaer › Fakturakjøring.</source>
      <translation>No invoice runs yet. Run invoices under Invoices › Invoice run.</translation>
    </message>
    <message>
      <source>Sender …</source>
      <translation>Sending …</translation>
    </message>
    <message>
      <source>Utsendingen feilet: {0}</source>
      <translation>Sending failed: {0}</translation>
    </message>
  </context>
  <context>
    <name>Confirm</name>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>EmailSettings</name>
    <message>
      <source>Ingen (bare lokal server)</source>
      <translation>None (local server only)</translation>
    </message>
    <message>
      <source>Plassholdere: </source>
      <translation>Placeholders: </translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>mottaker (tomt: avsenderadressen)</source>
      <translation>recipient (empty: the sender address)</translation>
    </message>
    <message>
      <source>Send testmelding</source>
      <translation>Send test message</translation>
    </message>
    <message>
      <source>Bare en administrator kan endre og teste e-postinnstillingene.</source>
      <translation>Only an administrator can change and test the email settings.</translation>
    </message>
    <message>
      <source>SMTP-server</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Sikkerhet</source>
      <translation>Security</translation>
    </message>
    <message>
      <source>Brukernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>Passord</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Avsendernavn</source>
      <translation>Sender name</translation>
    </message>
    <message>
      <source>Avsenderadresse</source>
      <translation>Sender address</translation>
    </message>
    <message>
      <source>Emne</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>lagret – la stå tomt for å beholde</source>
      <translation>saved – leave empty to keep</translation>
    </message>
    <message>
      <source>Ikke lagret: </source>
      <translation>Not saved: </translation>
    </message>
    <message>
      <source>E-postinnstillingene er lagret.</source>
      <translation>The email settings have been saved.</translation>
    </message>
    <message>
      <source>Sender …</source>
      <translation>Sending …</translation>
    </message>
    <message>
      <source>Ikke sendt: </source>
      <translation>Not sent: </translation>
    </message>
    <message>
      <source>Testmelding sendt til {0}. Sjekk innboksen.</source>
      <translation>Test message sent to {0}. Check the inbox.</translation>
    </message>
  </context>
  <context>
    <name>GroupPage</name>
    <message>
      <source>Velg et datterselskap i treet.</source>
      <translation>Select a subsidiary in the tree.</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Konto</source>
      <translation>Account</translation>
    </message>
    <message>
      <source>Beskrivelse</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Merverdi</source>
      <translation>Excess value</translation>
    </message>
    <message>
      <source>Levetid</source>
      <translation>Useful life</translation>
    </message>
    <message>
      <source>Skattesats</source>
      <translation>Tax rate</translation>
    </message>
    <message>
      <source>Utsatt skatt</source>
      <translation>Deferred tax</translation>
    </message>
    <message>
      <source>i datterselskapets valuta</source>
      <translation>in the subsidiary's currency</translation>
    </message>
    <message>
      <source>avskrives ikke (tomt)</source>
      <translation>not depreciated (empty)</translation>
    </message>
    <message>
      <source>Legg til merverdi</source>
      <translation>Add excess value</translation>
    </message>
    <message>
      <source>Fjern valgt merverdi</source>
      <translation>Remove selected excess value</translation>
    </message>
    <message>
      <source>andel %</source>
      <translation>share %</translation>
    </message>
    <message>
      <source>kostpris</source>
      <translation>cost</translation>
    </message>
    <message>
      <source>egenkapital på datoen</source>
      <translation>equity on the date</translation>
    </message>
    <message>
      <source>kurs på datoen</source>
      <translation>rate on the date</translation>
    </message>
    <message>
      <source>Utenlandsk datterselskap: konsernvaluta per enhet av selskapets valuta på kjøpsdatoen. Egenkapitalen oppgis i selskapets valuta.</source>
      <translation>Foreign subsidiary: group currency per unit of the company's currency on the acquisition date. Equity is entered in the company's currency.</translation>
    </message>
    <message>
      <source>Registrer trinnvis oppkjøp</source>
      <translation>Record step acquisition</translation>
    </message>
    <message>
      <source>Analyse</source>
      <translation>Analysis</translation>
    </message>
    <message>
      <source>Konsernkonto</source>
      <translation>Group account</translation>
    </message>
    <message>
      <source>Levetid (år)</source>
      <translation>Useful life (years)</translation>
    </message>
    <message>
      <source>Skattesats utsatt skatt %</source>
      <translation>Deferred tax rate %</translation>
    </message>
    <message>
      <source>Goodwillmetode (konsernet)</source>
      <translation>Goodwill method (group)</translation>
    </message>
    <message>
      <source>Trinnvis oppkjøp</source>
      <translation>Step acquisition</translation>
    </message>
    <message>
      <source>Oppkjøpsanalyse</source>
      <translation>Purchase price allocation</translation>
    </message>
    <message>
      <source>Første oppkjøp</source>
      <translation>First acquisition</translation>
    </message>
    <message>
      <source>Trinnvis oppkjøp {d} ({p})</source>
      <translation>Step acquisition {d} ({p})</translation>
    </message>
    <message>
      <source>{n} ({o}), beløp i {c}</source>
      <translation>{n} ({o}), amounts in {c}</translation>
    </message>
    <message>
      <source>{n} år</source>
      <translation>{n} years</translation>
    </message>
    <message>
      <source>avskrives ikke</source>
      <translation>not depreciated</translation>
    </message>
    <message>
      <source>Legg inn kostpris og egenkapital ved oppkjøp for å se goodwill.</source>
      <translation>Enter the cost and the equity at acquisition to see goodwill.</translation>
    </message>
    <message>
      <source>Mangler historisk kurs for {c}; legg inn valutakurser for oppkjøpsåret.</source>
      <translation>No historical rate for {c}; enter exchange rates for the year of acquisition.</translation>
    </message>
    <message>
      <source>Kostpris {c} − {p} × (egenkapital {e} + merverdier {x} − utsatt skatt {t}) = goodwill {g}. Minoritet ved oppkjøp {m}.</source>
      <translation>Cost {c} − {p} × (equity {e} + excess values {x} − deferred tax {t}) = goodwill {g}. Non-controlling interest at acquisition {m}.</translation>
    </message>
    <message>
      <source>Full goodwill: minoritetens goodwill {g}.</source>
      <translation>Full goodwill: goodwill of the non-controlling interest {g}.</translation>
    </message>
    <message>
      <source>(med merverdien du skriver inn)</source>
      <translation>(with the excess value you enter)</translation>
    </message>
    <message>
      <source>Velg datterselskapet i treet først.</source>
      <translation>Select the subsidiary in the tree first.</translation>
    </message>
    <message>
      <source>Merverdien er lagt til. Lag elimineringsforslagene på nytt.</source>
      <translation>The excess value has been added. Create the elimination proposals again.</translation>
    </message>
    <message>
      <source>Velg merverdien som skal fjernes først.</source>
      <translation>Select the excess value to remove first.</translation>
    </message>
    <message>
      <source>Merverdien er fjernet.</source>
      <translation>The excess value has been removed.</translation>
    </message>
    <message>
      <source>Goodwillmetode: {m}.</source>
      <translation>Goodwill method: {m}.</translation>
    </message>
    <message>
      <source>Kostpris {c} − {p} av egenkapitalen {e} − merverdier overtatt fra minoriteten {t} − egne merverdier netto {x} = goodwill {g}.</source>
      <translation>Cost {c} − {p} of the equity {e} − excess values taken over from the non-controlling interest {t} − own excess values net {x} = goodwill {g}.</translation>
    </message>
    <message>
      <source>Beløpene er i {g}, omregnet med kursen {r} på datoen.</source>
      <translation>The amounts are in {g}, converted at the rate {r} on the date.</translation>
    </message>
    <message>
      <source>Trinnvis oppkjøp registrert. Legg inn merverdiene på datoen for det.</source>
      <translation>Step acquisition recorded. Enter the excess values at its date.</translation>
    </message>
    <message>
      <source>Opprett eller velg et konsern først.</source>
      <translation>Create or select a group first.</translation>
    </message>
    <message>
      <source>Konsern</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Lag forslag</source>
      <translation>Make suggestions</translation>
    </message>
    <message>
      <source>Godta valgt</source>
      <translation>Accept selected</translation>
    </message>
    <message>
      <source>Godta alle forslag</source>
      <translation>Accept all suggestions</translation>
    </message>
    <message>
      <source>Slett valgt</source>
      <translation>Delete selected</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Linjer</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source>Debet</source>
      <translation>Debit</translation>
    </message>
    <message>
      <source>Varighet</source>
      <translation>Duration</translation>
    </message>
    <message>
      <source>Eliminerer</source>
      <translation>Eliminates</translation>
    </message>
    <message>
      <source>Tilhører</source>
      <translation>Belongs to</translation>
    </message>
    <message>
      <source>Selskap</source>
      <translation>Company</translation>
    </message>
    <message>
      <source>Motpart</source>
      <translation>Counterparty</translation>
    </message>
    <message>
      <source>Selskapets saldo</source>
      <translation>Company's balance</translation>
    </message>
    <message>
      <source>Motpartens saldo</source>
      <translation>Counterparty's balance</translation>
    </message>
    <message>
      <source>Differanse</source>
      <translation>Difference</translation>
    </message>
    <message>
      <source>Ingen elimineringer for året. Trykk «Lag forslag» for forslag ut fra mellomværende og interne transaksjoner mellom selskapene, eller «Legg til manuell eliminering».</source>
      <translation>No eliminations for the year. Press “Make suggestions” for suggestions from balances and internal transactions between the companies, or “Add manual elimination”.</translation>
    </message>
    <message>
      <source>Ingen mellomværende mellom selskapene å avstemme for året. Avstemmingen vises når saldobalansene er importert og kontoene tilordnet (fanene «Import» og «Tilordning»).</source>
      <translation>No balances between the companies to reconcile for the year. The reconciliation shows once the trial balances are imported and the accounts mapped (the “Import” and “Mapping” tabs).</translation>
    </message>
    <message>
      <source>Beskrivelse av den manuelle elimineringen</source>
      <translation>Description of the manual elimination</translation>
    </message>
    <message>
      <source>Linjer ORGNR:KONTO:BELØP; … (debet +, kredit −)</source>
      <translation>Lines ORGNO:ACCOUNT:AMOUNT; … (debit +, credit −)</translation>
    </message>
    <message>
      <source>Legg til manuell eliminering</source>
      <translation>Add manual elimination</translation>
    </message>
    <message>
      <source>Varig (fra dette året)</source>
      <translation>Permanent (from this year)</translation>
    </message>
    <message>
      <source>Uten hake gjelder elimineringen bare dette året. En varig eliminering føres videre; resultatlinjene går mot inngående egenkapital senere år.</source>
      <translation>Unticked, the elimination applies to this year only. A permanent elimination is carried forward; its income statement lines go against opening equity in later years.</translation>
    </message>
    <message>
      <source>eliminerer ingen avstemt type</source>
      <translation>eliminates no reconciled type</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <source>Tilhører datterselskap:</source>
      <translation>Belongs to subsidiary:</translation>
    </message>
    <message>
      <source>Avstemming av konsernmellomværende:</source>
      <translation>Reconciliation of intra-group balances:</translation>
    </message>
    <message>
      <source>Henter elimineringer og avstemming for {y} …</source>
      <translation>Fetching eliminations and reconciliation for {y} …</translation>
    </message>
    <message>
      <source>ingen (hele konsernet)</source>
      <translation>none (the whole group)</translation>
    </message>
    <message>
      <source>forslag</source>
      <translation>suggestion</translation>
    </message>
    <message>
      <source>godtatt</source>
      <translation>accepted</translation>
    </message>
    <message>
      <source>videreført fra {y}</source>
      <translation>carried forward from {y}</translation>
    </message>
    <message>
      <source>varig fra {y}</source>
      <translation>permanent from {y}</translation>
    </message>
    <message>
      <source>bare {y}</source>
      <translation>{y} only</translation>
    </message>
    <message>
      <source>{n} forslag. Se over og godta dem.</source>
      <translation>{n} suggestions. Review and accept them.</translation>
    </message>
    <message>
      <source>Velg et forslag i listen først.</source>
      <translation>Select a suggestion in the list first.</translation>
    </message>
    <message>
      <source>{n} eliminering(er) godtatt.</source>
      <translation>{n} elimination(s) accepted.</translation>
    </message>
    <message>
      <source>Denne elimineringen er videreført fra {y}; velg {y} for å slette den.</source>
      <translation>This elimination is carried forward from {y}; choose {y} to delete it.</translation>
    </message>
    <message>
      <source>Eliminering {i} er slettet.</source>
      <translation>Elimination {i} has been deleted.</translation>
    </message>
    <message>
      <source>«{p}»: skriv ORGNR:KONTO:BELØP.</source>
      <translation>“{p}”: write ORGNO:ACCOUNT:AMOUNT.</translation>
    </message>
    <message>
      <source>Manuell eliminering er lagt til.</source>
      <translation>Manual elimination has been added.</translation>
    </message>
    <message>
      <source>Velg fil (SAF-T, CSV eller Excel) …</source>
      <translation>Choose file (SAF-T, CSV or Excel) …</translation>
    </message>
    <message>
      <source>Ingen fil valgt.</source>
      <translation>No file chosen.</translation>
    </message>
    <message>
      <source>Kontroller SAF-T mot XSD-skjemaet</source>
      <translation>Validate SAF-T against the XSD schema</translation>
    </message>
    <message>
      <source>Velg selskap og fil med «Velg fil (SAF-T, CSV eller Excel) …». For CSV og Excel vises de første radene her, så du kan velge kolonnene før du trykker «Importer».</source>
      <translation>Choose company and file with “Choose file (SAF-T, CSV or Excel) …”. For CSV and Excel the first rows are shown here, so you can choose the columns before you press “Import”.</translation>
    </message>
    <message>
      <source>Importer</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Avbryt importen</source>
      <translation>Cancel the import</translation>
    </message>
    <message>
      <source>Selskap (for CSV/Excel)</source>
      <translation>Company (for CSV/Excel)</translation>
    </message>
    <message>
      <source>Kolonner (CSV/Excel):</source>
      <translation>Columns (CSV/Excel):</translation>
    </message>
    <message>
      <source>Advarsler fra importen:</source>
      <translation>Warnings from the import:</translation>
    </message>
    <message>
      <source>(fra filen)</source>
      <translation>(from the file)</translation>
    </message>
    <message>
      <source>Velg saldobalanse</source>
      <translation>Choose trial balance</translation>
    </message>
    <message>
      <source>Saldobalanse (*.xml *.csv *.txt *.xlsx)</source>
      <translation>Trial balance (*.xml *.csv *.txt *.xlsx)</translation>
    </message>
    <message>
      <source>(ingen)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Velg konsern og fil først.</source>
      <translation>Select a group and a file first.</translation>
    </message>
    <message>
      <source>Leser {f} …</source>
      <translation>Reading {f} …</translation>
    </message>
    <message>
      <source>Ikke importert.</source>
      <translation>Not imported.</translation>
    </message>
    <message>
      <source>Ingen advarsler.</source>
      <translation>No warnings.</translation>
    </message>
    <message>
      <source>Importerte {a} kontoer for {n} ({o}) {y}, versjon {v}. {p} nye tilordningsforslag.</source>
      <translation>Imported {a} accounts for {n} ({o}) {y}, version {v}. {p} new mapping suggestions.</translation>
    </message>
    <message>
      <source>Leser {f} … {n} bilagslinjer</source>
      <translation>Reading {f} … {n} voucher lines</translation>
    </message>
    <message>
      <source>Avbryter importen …</source>
      <translation>Cancelling the import …</translation>
    </message>
    <message>
      <source>Søk i konto, navn, konsernkonto eller selskap (Ctrl+F)</source>
      <translation>Search account, name, group account or company (Ctrl+F)</translation>
    </message>
    <message>
      <source>Bare ubekreftede</source>
      <translation>Unconfirmed only</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Konsernkontonavn</source>
      <translation>Group account name</translation>
    </message>
    <message>
      <source>Ingen kontoer å tilordne for året. Importer selskapenes saldobalanse under «Import» først, og trykk så «Foreslå for alle».</source>
      <translation>No accounts to map for the year. Import the companies' trial balances under “Import” first, then press “Suggest for all”.</translation>
    </message>
    <message>
      <source>Ingen kontoer passer søket.</source>
      <translation>No accounts match the search.</translation>
    </message>
    <message>
      <source>Lagre og bekreft valgt konto</source>
      <translation>Save and confirm the selected account</translation>
    </message>
    <message>
      <source>Foreslå for alle</source>
      <translation>Suggest for all</translation>
    </message>
    <message>
      <source>Bekreft alle forslag</source>
      <translation>Confirm all suggestions</translation>
    </message>
    <message>
      <source>Konsernkonto:</source>
      <translation>Group account:</translation>
    </message>
    <message>
      <source>Motpart:</source>
      <translation>Counterparty:</translation>
    </message>
    <message>
      <source>(ingen motpart)</source>
      <translation>(no counterparty)</translation>
    </message>
    <message>
      <source>bekreftet</source>
      <translation>confirmed</translation>
    </message>
    <message>
      <source>MANGLER</source>
      <translation>MISSING</translation>
    </message>
    <message>
      <source>{n} kontoer, {o} ikke bekreftet</source>
      <translation>{n} accounts, {o} not confirmed</translation>
    </message>
    <message>
      <source>Velg en konto i listen først.</source>
      <translation>Select an account in the list first.</translation>
    </message>
    <message>
      <source>Konto {a} hos {o} er tilordnet {t} og bekreftet.</source>
      <translation>Account {a} at {o} is mapped to {t} and confirmed.</translation>
    </message>
    <message>
      <source>{p} nye forslag, {c} bekreftet.</source>
      <translation>{p} new suggestions, {c} confirmed.</translation>
    </message>
    <message>
      <source>Navn på nytt konsern</source>
      <translation>Name of the new group</translation>
    </message>
    <message>
      <source>Opprett konsern</source>
      <translation>Create group</translation>
    </message>
    <message>
      <source>Konsern:</source>
      <translation>Group:</translation>
    </message>
    <message>
      <source>År:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>Struktur</source>
      <translation>Structure</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Tilordning</source>
      <translation>Mapping</translation>
    </message>
    <message>
      <source>Valutakurser</source>
      <translation>Exchange rates</translation>
    </message>
    <message>
      <source>Elimineringer</source>
      <translation>Eliminations</translation>
    </message>
    <message>
      <source>Konsernregnskap</source>
      <translation>Group accounts</translation>
    </message>
    <message>
      <source>Konsernet «{n}» er opprettet. Legg til morselskapet først.</source>
      <translation>The group “{n}” has been created. Add the parent company first.</translation>
    </message>
    <message>
      <source>Valuta</source>
      <translation>Currency</translation>
    </message>
    <message>
      <source>År</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Sluttkurs</source>
      <translation>Closing rate</translation>
    </message>
    <message>
      <source>Gjennomsnittskurs</source>
      <translation>Average rate</translation>
    </message>
    <message>
      <source>Historisk kurs</source>
      <translation>Historical rate</translation>
    </message>
    <message>
      <source>Ingen valutakurser lagret. Selskaper i annen valuta enn NOK trenger slutt- og gjennomsnittskurs for året: skriv dem inn og trykk «Lagre kurser for året», eller «Hent fra Norges Banks CSV …».</source>
      <translation>No exchange rates saved. Companies in a currency other than NOK need closing and average rates for the year: type them and press “Save rates for the year”, or “Fetch from Norges Bank CSV …”.</translation>
    </message>
    <message>
      <source>Lagre kurser for året</source>
      <translation>Save rates for the year</translation>
    </message>
    <message>
      <source>Hent fra Norges Banks CSV …</source>
      <translation>Fetch from Norges Bank CSV …</translation>
    </message>
    <message>
      <source>Sluttkurs (NOK per enhet)</source>
      <translation>Closing rate (NOK per unit)</translation>
    </message>
    <message>
      <source>Historisk kurs (egenkapital)</source>
      <translation>Historical rate (equity)</translation>
    </message>
    <message>
      <source>Kurser for {c} {y} er lagret.</source>
      <translation>Rates for {c} {y} have been saved.</translation>
    </message>
    <message>
      <source>Skriv valutakoden først (f.eks. SEK).</source>
      <translation>Enter the currency code first (e.g. SEK).</translation>
    </message>
    <message>
      <source>Norges Banks valutakurser</source>
      <translation>Norges Bank exchange rates</translation>
    </message>
    <message>
      <source>{c} {y}: sluttkurs {k}, snitt {a} (Norges Bank).</source>
      <translation>{c} {y}: closing rate {k}, average {a} (Norges Bank).</translation>
    </message>
    <message>
      <source>Lag konsernregnskap</source>
      <translation>Make group accounts</translation>
    </message>
    <message>
      <source>Eksporter Excel …</source>
      <translation>Export Excel …</translation>
    </message>
    <message>
      <source>Eksporter PDF …</source>
      <translation>Export PDF …</translation>
    </message>
    <message>
      <source>Forhåndsvis og skriv ut …</source>
      <translation>Preview and print …</translation>
    </message>
    <message>
      <source>Trykk «Lag konsernregnskap» for å sette sammen resultatregnskapet for året.</source>
      <translation>Press “Make group accounts” to put together the income statement for the year.</translation>
    </message>
    <message>
      <source>Trykk «Lag konsernregnskap» for å sette sammen balansen.</source>
      <translation>Press “Make group accounts” to put together the balance sheet.</translation>
    </message>
    <message>
      <source>Resultatregnskap</source>
      <translation>Income statement</translation>
    </message>
    <message>
      <source>Balanse</source>
      <translation>Balance sheet</translation>
    </message>
    <message>
      <source>Konto / post</source>
      <translation>Account / item</translation>
    </message>
    <message>
      <source>Kolonne</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Beløp</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Egen valuta</source>
      <translation>Own currency</translation>
    </message>
    <message>
      <source>Dobbeltklikk en linje for å se kontoene bak.</source>
      <translation>Double-click a line to see the accounts behind it.</translation>
    </message>
    <message>
      <source>Velg et konsern først.</source>
      <translation>Select a group first.</translation>
    </message>
    <message>
      <source>Lager konsernregnskapet …</source>
      <translation>Making the group accounts …</translation>
    </message>
    <message>
      <source>Linje</source>
      <translation>Line</translation>
    </message>
    <message>
      <source>Konsern {y}</source>
      <translation>Group {y}</translation>
    </message>
    <message>
      <source>Advarsel: {w}</source>
      <translation>Warning: {w}</translation>
    </message>
    <message>
      <source>Eiendeler {a} = egenkapital og gjeld {e}: {ok}. Elimineringer netto {n}.</source>
      <translation>Assets {a} = equity and liabilities {e}: {ok}. Eliminations net {n}.</translation>
    </message>
    <message>
      <source>stemmer</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>AVVIK</source>
      <translation>DISCREPANCY</translation>
    </message>
    <message>
      <source>Goodwill {g}; merverdier {x}; utsatt skatt på merverdier {t}; minoritet {m} (andel av resultatet {r}).</source>
      <translation>Goodwill {g}; excess values {x}; deferred tax on excess values {t}; non-controlling interest {m} (share of the result {r}).</translation>
    </message>
    <message>
      <source>Omregningsdifferanse: inngående {o} + årets endring {c} = {u}.</source>
      <translation>Translation difference: opening {o} + change this year {c} = {u}.</translation>
    </message>
    <message>
      <source>Omregningsdifferanse: {u} (fjorårets konsernregnskap mangler, så endringen vises ikke).</source>
      <translation>Translation difference: {u} (last year's group accounts are missing, so the change is not shown).</translation>
    </message>
    <message>
      <source>Videreført eliminering: {e}</source>
      <translation>Carried-forward elimination: {e}</translation>
    </message>
    <message>
      <source>{l}: konsernkontoer og kontoene bak</source>
      <translation>{l}: group accounts and the accounts behind them</translation>
    </message>
    <message>
      <source>Lagre Excel</source>
      <translation>Save Excel</translation>
    </message>
    <message>
      <source>Skrev {p}</source>
      <translation>Wrote {p}</translation>
    </message>
    <message>
      <source>Konsernregnskap {g} {y}</source>
      <translation>Group accounts {g} {y}</translation>
    </message>
    <message>
      <source>Lagre PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <source>Orgnr</source>
      <translation>Org. no.</translation>
    </message>
    <message>
      <source>Eierandel</source>
      <translation>Ownership</translation>
    </message>
    <message>
      <source>Konsernets andel</source>
      <translation>Group's share</translation>
    </message>
    <message>
      <source>Oppkjøpt</source>
      <translation>Acquired</translation>
    </message>
    <message>
      <source>Kostpris</source>
      <translation>Cost price</translation>
    </message>
    <message>
      <source>EK ved oppkjøp</source>
      <translation>Equity at acquisition</translation>
    </message>
    <message>
      <source>Ingen selskaper i konsernet ennå. Opprett et konsern øverst (navn og «Opprett konsern»), og legg så til morselskapet og datterselskapene med orgnr. og «Legg til selskap».</source>
      <translation>No companies in the group yet. Create a group at the top (name and “Create group”), then add the parent and the subsidiaries with org. no. and “Add company”.</translation>
    </message>
    <message>
      <source>Kjøpt</source>
      <translation>Bought</translation>
    </message>
    <message>
      <source>konsernets standard</source>
      <translation>the group's default</translation>
    </message>
    <message>
      <source>Legg til selskap</source>
      <translation>Add company</translation>
    </message>
    <message>
      <source>Lagre for valgt selskap</source>
      <translation>Save for the selected company</translation>
    </message>
    <message>
      <source>Eierandel og data for det første oppkjøpet av selskapet som er valgt i treet; et senere kjøp av aksjer registreres som trinnvis oppkjøp under Oppkjøpsanalyse</source>
      <translation>Ownership share and data for the first acquisition of the company selected in the tree; a later purchase of shares is recorded as a step acquisition under Purchase price allocation</translation>
    </message>
    <message>
      <source>Organisasjonsnummer</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <source>Eies av</source>
      <translation>Owned by</translation>
    </message>
    <message>
      <source>Eierandel %</source>
      <translation>Ownership %</translation>
    </message>
    <message>
      <source>Oppkjøpsdato</source>
      <translation>Acquisition date</translation>
    </message>
    <message>
      <source>Kostpris (konsernvaluta)</source>
      <translation>Cost price (group currency)</translation>
    </message>
    <message>
      <source>Egenkapital ved oppkjøp</source>
      <translation>Equity at acquisition</translation>
    </message>
    <message>
      <source>Avskrivningstid goodwill (år)</source>
      <translation>Goodwill amortisation period (years)</translation>
    </message>
    <message>
      <source>Slett valgt selskap …</source>
      <translation>Delete selected company …</translation>
    </message>
    <message>
      <source>Slett konsernet …</source>
      <translation>Delete the group …</translation>
    </message>
    <message>
      <source>Vis slettede / Gjenopprett</source>
      <translation>Show deleted / Restore</translation>
    </message>
    <message>
      <source>Slettet</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>Kan gjenopprettes til og med</source>
      <translation>Can be restored until</translation>
    </message>
    <message>
      <source>Ingen slettede konsern eller selskaper å gjenopprette.</source>
      <translation>No deleted groups or companies to restore.</translation>
    </message>
    <message>
      <source>Gjenopprett valgt</source>
      <translation>Restore selected</translation>
    </message>
    <message>
      <source>Slett for godt nå</source>
      <translation>Delete permanently now</translation>
    </message>
    <message>
      <source>Slettede konsern og selskaper (slettes for godt etter oppbevaringstiden):</source>
      <translation>Deleted groups and companies (erased for good after the retention period):</translation>
    </message>
    <message>
      <source>Velg selskapet som skal slettes i treet først.</source>
      <translation>Select the company to delete in the tree first.</translation>
    </message>
    <message>
      <source>Slette {n} ({o}) fra konsernet?

Selskapet skjules fra lister, rapporter og import sammen med saldobalansene, tilordningen og elimineringene. En administrator kan gjenopprette det i {m} måneder; deretter slettes det for godt.</source>
      <translation>Delete {n} ({o}) from the group?

The company is hidden from lists, reports and imports together with its trial balances, mapping and eliminations. An administrator can restore it for {m} months; after that it is erased for good.</translation>
    </message>
    <message>
      <source>{n} ({o}) er slettet. Kan gjenopprettes til og med {d}.</source>
      <translation>{n} ({o}) has been deleted. Can be restored until {d}.</translation>
    </message>
    <message>
      <source>Slette konsernet {n}?

Konsernet skjules med alle selskaper, saldobalanser, tilordninger, valutakurser og elimineringer. En administrator kan gjenopprette det i {m} måneder; deretter slettes det for godt.</source>
      <translation>Delete the group {n}?

The group is hidden with all its companies, trial balances, mappings, exchange rates and eliminations. An administrator can restore it for {m} months; after that it is erased for good.</translation>
    </message>
    <message>
      <source>Konsernet {n} er slettet. Kan gjenopprettes til og med {d}.</source>
      <translation>The group {n} has been deleted. Can be restored until {d}.</translation>
    </message>
    <message>
      <source>Velg det som skal gjenopprettes i listen først.</source>
      <translation>Select what to restore in the list first.</translation>
    </message>
    <message>
      <source>{n} er gjenopprettet.</source>
      <translation>{n} has been restored.</translation>
    </message>
    <message>
      <source>Velg det som skal slettes i listen først.</source>
      <translation>Select what to delete in the list first.</translation>
    </message>
    <message>
      <source>Slette {n} for godt nå? Det kan ikke gjenopprettes etterpå.</source>
      <translation>Delete {n} permanently now? It cannot be restored afterwards.</translation>
    </message>
    <message>
      <source>{n} er slettet for godt.</source>
      <translation>{n} has been deleted permanently.</translation>
    </message>
    <message>
      <source>morselskap</source>
      <translation>parent company</translation>
    </message>
    <message>
      <source>{o} {n} er lagt til.</source>
      <translation>{o} {n} has been added.</translation>
    </message>
    <message>
      <source>Velg selskapet som skal endres i treet først.</source>
      <translation>Select the company to change in the tree first.</translation>
    </message>
    <message>
      <source>{o} er endret.</source>
      <translation>{o} has been changed.</translation>
    </message>
    <message>
      <source>konsern</source>
      <translation>group</translation>
    </message>
    <message>
      <source>Inngående saldo</source>
      <translation>Opening balance</translation>
    </message>
    <message>
      <source>Utgående saldo</source>
      <translation>Closing balance</translation>
    </message>
    <message>
      <source>Kredit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <source>Motpart (orgnr)</source>
      <translation>Counterparty (org. no.)</translation>
    </message>
    <message>
      <source>Grupperingskode</source>
      <translation>Grouping code</translation>
    </message>
    <message>
      <source>Forholdsmessig goodwill (NRS)</source>
      <translation>Proportionate goodwill (NRS)</translation>
    </message>
    <message>
      <source>Full goodwill (IFRS 3)</source>
      <translation>Full goodwill (IFRS 3)</translation>
    </message>
  </context>
  <context>
    <name>IntegrityTab</name>
    <message>
      <source>Kontroller regnskapsfilen</source>
      <translation>Check the accounting file</translation>
    </message>
    <message>
      <source>Rett det som kan rettes</source>
      <translation>Fix what can be fixed</translation>
    </message>
    <message>
      <source>Bare en administrator kan rette feil i regnskapsfilen.</source>
      <translation>Only an administrator can fix errors in the accounting file.</translation>
    </message>
    <message>
      <source>Kontrollen leser hele filen (SQLCipher) og prøver programmets egne regler: beløp, fordelinger, nummerserier og søkeindeks. Den endrer ingenting.</source>
      <translation>The check reads the whole file (SQLCipher) and tests the program's own rules: amounts, allocations, number series and search index. It changes nothing.</translation>
    </message>
    <message>
      <source>Kontrollerer regnskapsfilen …</source>
      <translation>Checking the accounting file …</translation>
    </message>
    <message>
      <source>SQLite kunne ikke lese regnskapsfilen: {0}</source>
      <translation>SQLite could not read the accounting file: {0}</translation>
    </message>
    <message>
      <source>{n} feil funnet.</source>
      <translation>{n} errors found.</translation>
    </message>
    <message>
      <source>Be en administrator rette dem.</source>
      <translation>Ask an administrator to fix them.</translation>
    </message>
    <message>
      <source>OK: regnskapsfilen er hel og alle kontroller er bestått.</source>
      <translation>OK: the accounting file is intact and all checks passed.</translation>
    </message>
    <message>
      <source>Rettet:</source>
      <translation>Fixed:</translation>
    </message>
    <message>
      <source>Ingenting å rette.</source>
      <translation>Nothing to fix.</translation>
    </message>
    <message>
      <source>Gjenstår:</source>
      <translation>Remaining:</translation>
    </message>
  </context>
  <context>
    <name>InvoiceStatus</name>
    <message>
      <source>Utkast</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Ubetalt</source>
      <translation>Unpaid</translation>
    </message>
    <message>
      <source>Delvis betalt</source>
      <translation>Partly paid</translation>
    </message>
    <message>
      <source>Betalt</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>Kreditert</source>
      <translation>Credited</translation>
    </message>
    <message>
      <source>Avskrevet</source>
      <translation>Written off</translation>
    </message>
    <message>
      <source>Kreditnota</source>
      <translation>Credit note</translation>
    </message>
    <message>
      <source>Forfalt 1 dag</source>
      <translation>Overdue 1 day</translation>
    </message>
    <message>
      <source>Forfalt {0} dager</source>
      <translation>Overdue {0} days</translation>
    </message>
    <message>
      <source>Sendt på e-post</source>
      <translation>Sent by email</translation>
    </message>
    <message>
      <source>Sendt som eFaktura</source>
      <translation>Sent as eFaktura</translation>
    </message>
    <message>
      <source>Sendt som EHF</source>
      <translation>Sent as EHF</translation>
    </message>
    <message>
      <source>Sendt som AvtaleGiro</source>
      <translation>Sent as AvtaleGiro</translation>
    </message>
    <message>
      <source>Skrevet ut</source>
      <translation>Printed</translation>
    </message>
    <message>
      <source>Ikke sendt</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <source>{0} i utboksen</source>
      <translation>{0} in the outbox</translation>
    </message>
    <message>
      <source>{0} venter på opplasting</source>
      <translation>{0} waiting for upload</translation>
    </message>
    <message>
      <source>Ikke sendt (til utskrift)</source>
      <translation>Not sent (to print)</translation>
    </message>
    <message>
      <source>Ikke sendt (e-post feilet)</source>
      <translation>Not sent (email failed)</translation>
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <source>Kjøring {n} ({d}, {c} fakturaer) gjaldt samme periode og utvalg.</source>
      <translation>Run {n} ({d}, {c} invoices) covered the same period and selection.</translation>
    </message>
    <message>
      <source>Ja, datoen er riktig</source>
      <translation>Yes, the date is correct</translation>
    </message>
    <message>
      <source>Ny faktura</source>
      <translation>New invoice</translation>
    </message>
    <message>
      <source>produktets pris</source>
      <translation>the product's price</translation>
    </message>
    <message>
      <source>Legg til linje</source>
      <translation>Add line</translation>
    </message>
    <message>
      <source>Utsted faktura</source>
      <translation>Issue invoice</translation>
    </message>
    <message>
      <source>Medlem</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>Produkt</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Antall</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Pris per enhet</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <source>Linjer</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source>Fakturadato</source>
      <translation>Invoice date</translation>
    </message>
    <message>
      <source>Leveringsdato</source>
      <translation>Delivery date</translation>
    </message>
    <message>
      <source>Forfallsdato</source>
      <translation>Due date</translation>
    </message>
    <message>
      <source>Utsted faktura til {0}</source>
      <translation>Issue invoice to {0}</translation>
    </message>
    <message>
      <source>Velg medlemmet fakturaen skal til (søk på navn, kundenr., e-post eller telefon).</source>
      <translation>Choose the member the invoice is for (search by name, customer no., email or phone).</translation>
    </message>
    <message>
      <source>Kreditnota for faktura {n}</source>
      <translation>Credit note for invoice {n}</translation>
    </message>
    <message>
      <source>Hele fakturaen (alt som gjenstår: {a})</source>
      <translation>The whole invoice (everything outstanding: {a})</translation>
    </message>
    <message>
      <source>Valgte linjer (hele linjen, et antall eller et beløp på linjen)</source>
      <translation>Selected lines (the whole line, a quantity or an amount on the line)</translation>
    </message>
    <message>
      <source>Lag kreditnota til {0}</source>
      <translation>Make credit note for {0}</translation>
    </message>
    <message>
      <source>Til: {0} (kundenr. {1})</source>
      <translation>To: {0} (customer no. {1})</translation>
    </message>
    <message>
      <source>Kreditnotadato</source>
      <translation>Credit note date</translation>
    </message>
    <message>
      <source>Årsak</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>En utstedt faktura kan ikke endres eller slettes; den rettes med en kreditnota som får sitt eget nummer. Mva følger satsen på linjen som krediteres.</source>
      <translation>An issued invoice cannot be changed or deleted; it is corrected with a credit note that gets its own number. VAT follows the rate of the line being credited.</translation>
    </message>
    <message>
      <source>Antall på linje {n} må være et heltall.</source>
      <translation>The quantity on line {n} must be a whole number.</translation>
    </message>
    <message>
      <source>Kryss av linjene som skal krediteres.</source>
      <translation>Tick the lines to credit.</translation>
    </message>
    <message>
      <source>Fakturakjøring</source>
      <translation>Invoice run</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>f.eks. 2026-01-01..2026-06-30</source>
      <translation>e.g. 2026-01-01..2026-06-30</translation>
    </message>
    <message>
      <source>Dager til forfall</source>
      <translation>Days until due</translation>
    </message>
    <message>
      <source>Faktureringsperiode</source>
      <translation>Billing period</translation>
    </message>
    <message>
      <source>Egen periode</source>
      <translation>Custom period</translation>
    </message>
    <message>
      <source>Utvalg</source>
      <translation>Selection</translation>
    </message>
    <message>
      <source>Alle aktive medlemmer, alle standardprodukter</source>
      <translation>All active members, all standard products</translation>
    </message>
    <message>
      <source>Bare produktet</source>
      <translation>Only the product</translation>
    </message>
    <message>
      <source>Bare betalingsmåten</source>
      <translation>Only the payment method</translation>
    </message>
    <message>
      <source>Forhåndsvisning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Jeg vet at dette gjentar en tidligere kjøring, og vil kjøre likevel</source>
      <translation>I know this repeats an earlier run and want to run it anyway</translation>
    </message>
    <message>
      <source>Ja, fakturadatoen er riktig</source>
      <translation>Yes, the invoice date is correct</translation>
    </message>
    <message>
      <source>Kjør fakturering</source>
      <translation>Run invoicing</translation>
    </message>
    <message>
      <source>Hele {y}</source>
      <translation>All of {y}</translation>
    </message>
    <message>
      <source>{h}. halvår {y}</source>
      <translation>Half-year {h} {y}</translation>
    </message>
    <message>
      <source>{q}. kvartal {y}</source>
      <translation>Q{q} {y}</translation>
    </message>
    <message>
      <source>Annen periode (skriv inn)</source>
      <translation>Other period (type it in)</translation>
    </message>
    <message>
      <source>Uten periode</source>
      <translation>No period</translation>
    </message>
    <message>
      <source> for {p}</source>
      <translation> for {p}</translation>
    </message>
    <message>
      <source>{n} fakturaer{per}, totalt {t}, forfall {d}. {p} skal skrives ut (mangler e-post). Ingenting er lagret ennå.</source>
      <translation>{n} invoices{per}, total {t}, due {d}. {p} to be printed (no email). Nothing has been saved yet.</translation>
    </message>
    <message>
      <source>e-post</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>utskrift</source>
      <translation>print</translation>
    </message>
    <message>
      <source>Forventet utsending: {0}.</source>
      <translation>Expected delivery: {0}.</translation>
    </message>
    <message>
      <source>Allerede fakturert for perioden: {n} medlemmer (hoppes over; kryss av dem som likevel skal faktureres).</source>
      <translation>Already invoiced for the period: {n} members (skipped; tick those to invoice anyway).</translation>
    </message>
    <message>
      <source>Utelatt: {c} for {n} medlemmer – {r}.</source>
      <translation>Left out: {c} for {n} members – {r}.</translation>
    </message>
    <message>
      <source>Hoppes over: {c} {name} – {r}.</source>
      <translation>Skipped: {c} {name} – {r}.</translation>
    </message>
    <message>
      <source>Kryss av under for å kjøre den igjen.</source>
      <translation>Tick below to run it again.</translation>
    </message>
    <message>
      <source>Fakturadatoen er {r}. Sjekk datoen, og kryss av under hvis den er riktig.</source>
      <translation>The invoice date is {r}. Check the date, and tick below if it is correct.</translation>
    </message>
    <message>
      <source>Ingen fakturaer å lage.</source>
      <translation>No invoices to make.</translation>
    </message>
    <message>
      <source>Bekreft nederst at du vil kjøre den igjen.</source>
      <translation>Confirm at the bottom that you want to run it again.</translation>
    </message>
    <message>
      <source>Fakturadatoen er {r}. Bekreft nederst at den er riktig.</source>
      <translation>The invoice date is {r}. Confirm at the bottom that it is correct.</translation>
    </message>
    <message>
      <source>Lager fakturaer …</source>
      <translation>Making invoices …</translation>
    </message>
    <message>
      <source>Fakturakjøring {b}: {n} fakturaer ({f}–{l}), totalt {t}.</source>
      <translation>Invoice run {b}: {n} invoices ({f}–{l}), total {t}.</translation>
    </message>
    <message>
      <source>Send faktura {n} på nytt</source>
      <translation>Resend invoice {n}</translation>
    </message>
    <message>
      <source>Adressen brukt da: {a}</source>
      <translation>Address used then: {a}</translation>
    </message>
    <message>
      <source>Nåværende adresse: {a}</source>
      <translation>Current address: {a}</translation>
    </message>
    <message>
      <source>(ingen)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <source>Fakturaen er sendt før, og medlemmets e-postadresse er endret siden. Hvor skal den sendes?</source>
      <translation>The invoice was sent before, and the member's email address has changed since. Where should it be sent?</translation>
    </message>
    <message>
      <source>utkast</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>Kreditnota</source>
      <translation>Credit note</translation>
    </message>
    <message>
      <source>Faktura</source>
      <translation>Invoice</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Forfall</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Kundenr.</source>
      <translation>Customer no.</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Sum inkl. mva</source>
      <translation>Total incl. VAT</translation>
    </message>
    <message>
      <source>Gjenstår</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <source>Betaling</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>Forfalt</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>KID</source>
      <translation>KID</translation>
    </message>
    <message>
      <source>Levering</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <source>Alle statuser</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Søk i navn, kundenr., fakturanr. eller KID</source>
      <translation>Search name, customer no., invoice no. or KID</translation>
    </message>
    <message>
      <source>Åpne PDF</source>
      <translation>Open PDF</translation>
    </message>
    <message>
      <source>Forhåndsvis og skriv ut …</source>
      <translation>Preview and print …</translation>
    </message>
    <message>
      <source>Send valgte på e-post …</source>
      <translation>Email selected …</translation>
    </message>
    <message>
      <source>Krediter …</source>
      <translation>Credit …</translation>
    </message>
    <message>
      <source>Ingen fakturaer ennå. Lag dem for alle medlemmer med «Fakturakjøring …», eller én og én med «Ny faktura …».</source>
      <translation>No invoices yet. Make them for all members with “Invoice run …”, or one at a time with “New invoice …”.</translation>
    </message>
    <message>
      <source>Ingen fakturaer passer filteret.</source>
      <translation>No invoices match the filter.</translation>
    </message>
    <message>
      <source>Ny faktura …</source>
      <translation>New invoice …</translation>
    </message>
    <message>
      <source>Fakturakjøring …</source>
      <translation>Invoice run …</translation>
    </message>
    <message>
      <source>Avskriv …</source>
      <translation>Write off …</translation>
    </message>
    <message>
      <source>Avskriv utestående som tap på fordring (ikke kreditnota)</source>
      <translation>Write off the outstanding amount as a bad debt (not a credit note)</translation>
    </message>
    <message>
      <source>Send valgt på e-post</source>
      <translation>Email selected</translation>
    </message>
    <message>
      <source>Send alle usendte</source>
      <translation>Send all unsent</translation>
    </message>
    <message>
      <source>PDF-er for kjøringen …</source>
      <translation>PDFs for the run …</translation>
    </message>
    <message>
      <source>Merk som skrevet ut</source>
      <translation>Mark as printed</translation>
    </message>
    <message>
      <source>Fakturaen til utskrift er skrevet ut og sendt i posten</source>
      <translation>The invoice to print has been printed and sent by post</translation>
    </message>
    <message>
      <source>Vis de valgte fakturaene som utstedt og skriv dem ut (Ctrl+P)</source>
      <translation>Show the selected invoices as issued and print them (Ctrl+P)</translation>
    </message>
    <message>
      <source>Skriv ut kjøringens papirfakturaer …</source>
      <translation>Print the run's paper invoices …</translation>
    </message>
    <message>
      <source>Fakturaene i kjøringen som skal i posten og ikke er skrevet ut ennå</source>
      <translation>The invoices in the run that go by post and have not been printed yet</translation>
    </message>
    <message>
      <source>Reskontro</source>
      <translation>Ledger</translation>
    </message>
    <message>
      <source>Vis kundens fakturaer og innbetalinger med saldo</source>
      <translation>Show the customer's invoices and payments with balance</translation>
    </message>
    <message>
      <source>Velg mappe for PDF-ene</source>
      <translation>Choose a folder for the PDFs</translation>
    </message>
    <message>
      <source>Summerer …</source>
      <translation>Adding up …</translation>
    </message>
    <message>
      <source>{n} fakturaer – sum {total} – utestående {rem}</source>
      <translation>{n} invoices – total {total} – outstanding {rem}</translation>
    </message>
    <message>
      <source>Uventet feil: </source>
      <translation>Unexpected error: </translation>
    </message>
    <message>
      <source>Faktura {0} er merket som skrevet ut.</source>
      <translation>Invoice {0} has been marked as printed.</translation>
    </message>
    <message>
      <source>Lager PDF-er …</source>
      <translation>Making PDFs …</translation>
    </message>
    <message>
      <source>{n} PDF-er i {d}. Samlet fil for utskrift: {m}</source>
      <translation>{n} PDFs in {d}. Combined file for printing: {m}</translation>
    </message>
    <message>
      <source>Krediter fakturaer</source>
      <translation>Credit invoices</translation>
    </message>
    <message>
      <source>Kreditere {0} valgte fakturaer i sin helhet? Hver får en kreditnota datert i dag. Dette kan ikke angres.</source>
      <translation>Credit {0} selected invoices in full? Each gets a credit note dated today. This cannot be undone.</translation>
    </message>
    <message>
      <source>Krediter</source>
      <translation>Credit</translation>
    </message>
    <message>
      <source>{0} kreditnotaer laget.</source>
      <translation>{0} credit notes made.</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Send fakturaer</source>
      <translation>Send invoices</translation>
    </message>
    <message>
      <source>Sende {0} valgte fakturaer på e-post?</source>
      <translation>Send {0} selected invoices by email?</translation>
    </message>
    <message>
      <source>Sender fakturaer på e-post …</source>
      <translation>Sending invoices by email …</translation>
    </message>
    <message>
      <source>Sendt: {s}. Uten e-post (til utskrift): {p}. Feilet: {f}.</source>
      <translation>Sent: {s}. Without email (to print): {p}. Failed: {f}.</translation>
    </message>
    <message>
      <source>{n} går med EHF, eFaktura eller AvtaleGiro og ble ikke sendt på e-post (send dem under Innstillinger › Kanaler).</source>
      <translation>{n} go by EHF, eFaktura or AvtaleGiro and were not sent by email (send them under Settings › Channels).</translation>
    </message>
    <message>
      <source>Faktura {n} ({e}): {r}</source>
      <translation>Invoice {n} ({e}): {r}</translation>
    </message>
    <message>
      <source>Utkast</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Ubetalt</source>
      <translation>Unpaid</translation>
    </message>
    <message>
      <source>Delvis betalt</source>
      <translation>Partly paid</translation>
    </message>
    <message>
      <source>Betalt</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>Kreditert</source>
      <translation>Credited</translation>
    </message>
    <message>
      <source>Avskrevet</source>
      <translation>Written off</translation>
    </message>
    <message>
      <source>Kreditnotaer</source>
      <translation>Credit notes</translation>
    </message>
    <message>
      <source>Utestående, ikke forfalt</source>
      <translation>Outstanding, not yet due</translation>
    </message>
    <message>
      <source>Ikke sendt</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <source>Til utskrift</source>
      <translation>To print</translation>
    </message>
    <message>
      <source>Kanal: e-post</source>
      <translation>Channel: e-mail</translation>
    </message>
    <message>
      <source>Kanal: EHF</source>
      <translation>Channel: EHF</translation>
    </message>
    <message>
      <source>Kanal: eFaktura</source>
      <translation>Channel: eFaktura</translation>
    </message>
    <message>
      <source>Kanal: AvtaleGiro</source>
      <translation>Channel: AvtaleGiro</translation>
    </message>
    <message>
      <source>Fakturakjøring {0} – {1} fakturaer til utskrift</source>
      <translation>Invoice run {0} – {1} invoices to print</translation>
    </message>
    <message>
      <source>Kreditnota {0}</source>
      <translation>Credit note {0}</translation>
    </message>
    <message>
      <source>Faktura {0}</source>
      <translation>Invoice {0}</translation>
    </message>
    <message>
      <source>{0} fakturaer ({1}–{2})</source>
      <translation>{0} invoices ({1}–{2})</translation>
    </message>
    <message>
      <source>Bare noen av sidene ble skrevet ut, så ingen faktura er merket som skrevet ut.</source>
      <translation>Only some of the pages were printed, so no invoice has been marked as printed.</translation>
    </message>
    <message>
      <source>{0} papirfakturaer er merket som skrevet ut.</source>
      <translation>{0} paper invoices have been marked as printed.</translation>
    </message>
    <message>
      <source>av</source>
      <translation>of</translation>
    </message>
    <message>
      <source>Gjelder faktura</source>
      <translation>Relates to invoice</translation>
    </message>
    <message>
      <source>Arkivert dokument (SHA-256)</source>
      <translation>Archived document (SHA-256)</translation>
    </message>
    <message>
      <source>Avskrevet (tap på fordring)</source>
      <translation>Written off (bad debt)</translation>
    </message>
    <message>
      <source>Sum kreditert</source>
      <translation>Total credited</translation>
    </message>
    <message>
      <source>Å betale</source>
      <translation>To pay</translation>
    </message>
    <message>
      <source>Beskrivelse</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Pris</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>MVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <source>Beløp</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Sum eks. MVA</source>
      <translation>Total excl. VAT</translation>
    </message>
    <message>
      <source>Sum MVA</source>
      <translation>Total VAT</translation>
    </message>
    <message>
      <source>(utkast)</source>
      <translation>(draft)</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Alle perioder</source>
      <translation>All periods</translation>
    </message>
    <message>
      <source>Denne måneden</source>
      <translation>This month</translation>
    </message>
    <message>
      <source>Forrige måned</source>
      <translation>Last month</translation>
    </message>
    <message>
      <source>I år</source>
      <translation>This year</translation>
    </message>
    <message>
      <source>I fjor</source>
      <translation>Last year</translation>
    </message>
    <message>
      <source>Linje</source>
      <translation>Line</translation>
    </message>
    <message>
      <source>Fakturert</source>
      <translation>Invoiced</translation>
    </message>
    <message>
      <source>Januar</source>
      <translation>January</translation>
    </message>
    <message>
      <source>Februar</source>
      <translation>February</translation>
    </message>
    <message>
      <source>Mars</source>
      <translation>March</translation>
    </message>
    <message>
      <source>April</source>
      <translation>April</translation>
    </message>
    <message>
      <source>Mai</source>
      <translation>May</translation>
    </message>
    <message>
      <source>Juni</source>
      <translation>June</translation>
    </message>
    <message>
      <source>Juli</source>
      <translation>July</translation>
    </message>
    <message>
      <source>August</source>
      <translation>August</translation>
    </message>
    <message>
      <source>September</source>
      <translation>September</translation>
    </message>
    <message>
      <source>Oktober</source>
      <translation>October</translation>
    </message>
    <message>
      <source>November</source>
      <translation>November</translation>
    </message>
    <message>
      <source>Desember</source>
      <translation>December</translation>
    </message>
  </context>
  <context>
    <name>InvoicingSettings</name>
    <message>
      <source> dager</source>
      <translation> days</translation>
    </message>
    <message>
      <source>MOD10 (anbefalt)</source>
      <translation>MOD10 (recommended)</translation>
    </message>
    <message>
      <source>MOD11</source>
      <translation>MOD11</translation>
    </message>
    <message>
      <source>Fakturanummer (anbefalt, går ikke tom)</source>
      <translation>Invoice number (recommended, never runs out)</translation>
    </message>
    <message>
      <source>Kundenummer + fakturanummer (gammelt oppsett)</source>
      <translation>Customer number + invoice number (old setup)</translation>
    </message>
    <message>
      <source>Registrert i Foretaksregisteret (skrives på fakturaen)</source>
      <translation>Registered in the Register of Business Enterprises (printed on the invoice)</translation>
    </message>
    <message>
      <source>Velg logo …</source>
      <translation>Choose logo …</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Forfall etter</source>
      <translation>Due after</translation>
    </message>
    <message>
      <source>KID bygges av</source>
      <translation>KID built from</translation>
    </message>
    <message>
      <source>KID-type</source>
      <translation>KID type</translation>
    </message>
    <message>
      <source>KID-lengde (sifre)</source>
      <translation>KID length (digits)</translation>
    </message>
    <message>
      <source>Sifre til kundenummer i KID</source>
      <translation>Customer number digits in the KID</translation>
    </message>
    <message>
      <source>Ledige KID-er</source>
      <translation>KIDs left</translation>
    </message>
    <message>
      <source>Nye medlemmer midt i perioden</source>
      <translation>New members mid-period</translation>
    </message>
    <message>
      <source>Uten mva-registrering</source>
      <translation>Not VAT-registered</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>Tekst nederst på fakturaen</source>
      <translation>Text at the bottom of the invoice</translation>
    </message>
    <message>
      <source>Velg logo</source>
      <translation>Choose logo</translation>
    </message>
    <message>
      <source>Bilder (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Endre KID-oppsettet?</source>
      <translation>Change the KID setup?</translation>
    </message>
    <message>
      <source>Du endrer hvordan KID lages.</source>
      <translation>You are changing how KIDs are made.</translation>
    </message>
    <message>
      <source>Ikke lagret: KID-oppsettet er uendret.</source>
      <translation>Not saved: the KID setup is unchanged.</translation>
    </message>
    <message>
      <source>Ikke lagret: </source>
      <translation>Not saved: </translation>
    </message>
    <message>
      <source>Innstillingene for fakturering er lagret.</source>
      <translation>The invoicing settings have been saved.</translation>
    </message>
    <message>
      <source>Full pris</source>
      <translation>Full price</translation>
    </message>
    <message>
      <source>Forholdsmessig per måned</source>
      <translation>Pro rata per month</translation>
    </message>
    <message>
      <source>Ikke faktureres før neste periode</source>
      <translation>Not invoiced until the next period</translation>
    </message>
    <message>
      <source>Avvis fakturaer med mva-pliktige produkter</source>
      <translation>Refuse invoices with VAT-liable products</translation>
    </message>
    <message>
      <source>Fakturer uten mva («utenfor mva-loven»)</source>
      <translation>Invoice without VAT (“outside the VAT Act”)</translation>
    </message>
    <message>
      <source>Banken må ha en OCR-avtale som godtar den nye KID-en (lengde og kontrollsiffer; en avtale kan ha opptil tre KID-oppsett med ulik lengde). Fakturaer som alt er sendt beholder sin KID og matches fortsatt.</source>
      <translation>The bank must have an OCR agreement that accepts the new KID (length and check digit; an agreement can have up to three KID setups of different lengths). Invoices already sent keep their KID and are still matched.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Denne delen kommer i en senere versjon.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;This part is coming in a later version.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Denne delen kunne ikke lastes: {1}&lt;/p&gt;</source>
      <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;This part could not be loaded: {1}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>KontoPronto – {0}</source>
      <translation>KontoPronto – {0}</translation>
    </message>
    <message>
      <source>&amp;Fil</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Ny regnskapsfil …</source>
      <translation>&amp;New accounting file …</translation>
    </message>
    <message>
      <source>Å&amp;pne …</source>
      <translation>&amp;Open …</translation>
    </message>
    <message>
      <source>&amp;Avslutt</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Skriv ut …</source>
      <translation>&amp;Print …</translation>
    </message>
    <message>
      <source>&amp;Rediger</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Ny …</source>
      <translation>&amp;New …</translation>
    </message>
    <message>
      <source>&amp;Søk i denne delen</source>
      <translation>&amp;Search this section</translation>
    </message>
    <message>
      <source>Søk &amp;overalt …</source>
      <translation>Search &amp;everywhere …</translation>
    </message>
    <message>
      <source>&amp;Handlinger</source>
      <translation>&amp;Actions</translation>
    </message>
    <message>
      <source>&amp;Hjelp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Brukerveiledning</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <source>&amp;Om KontoPronto</source>
      <translation>&amp;About KontoPronto</translation>
    </message>
    <message>
      <source>Søk</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Ingenting å skrive ut her. Velg en faktura, purring eller rapport.</source>
      <translation>Nothing to print here. Choose an invoice, reminder or report.</translation>
    </message>
    <message>
      <source>&lt;h3&gt;KontoPronto Desktop&lt;/h3&gt;&lt;p&gt;Medlemsregister, fakturering med KID, innbetalinger og konsernregnskap for norske foretak og foreninger.&lt;/p&gt;&lt;p&gt;Alt lagres kryptert i én fil på din egen maskin.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;KontoPronto Desktop&lt;/h3&gt;&lt;p&gt;Member register, invoicing with KID, payments and group accounts for Norwegian businesses and clubs.&lt;/p&gt;&lt;p&gt;Everything is stored encrypted in one file on your own computer.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Om KontoPronto</source>
      <translation>About KontoPronto</translation>
    </message>
    <message>
      <source>Versjon {0}</source>
      <translation>Version {0}</translation>
    </message>
    <message>
      <source>Åpnet av {0} ({1})</source>
      <translation>Opened by {0} ({1})</translation>
    </message>
    <message>
      <source>Regnskapsfilen er åpen her. Andre vinduer og programmer kan ikke skrive i den før du lukker den.</source>
      <translation>The accounting file is open here. Other windows and programs cannot write to it until you close it.</translation>
    </message>
    <message>
      <source>Statusfeltet {0} kunne ikke lastes: {1}</source>
      <translation>The status field {0} could not be loaded: {1}</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>Nytt medlem</source>
      <translation>New member</translation>
    </message>
    <message>
      <source>Endre medlem {0}</source>
      <translation>Edit member {0}</translation>
    </message>
    <message>
      <source>tildeles automatisk ({0})</source>
      <translation>assigned automatically ({0})</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Organisasjon</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>dd.mm.åååå</source>
      <translation>dd.mm.yyyy</translation>
    </message>
    <message>
      <source>Land</source>
      <translation>Country</translation>
    </message>
    <message>
      <source>Kundenummer</source>
      <translation>Customer number</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Organisasjonsnummer</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Postnr. og sted</source>
      <translation>Postcode and city</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Betalingsmåte</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <source>eFaktura-referanse</source>
      <translation>eFaktura reference</translation>
    </message>
    <message>
      <source>Medlem fra</source>
      <translation>Member since</translation>
    </message>
    <message>
      <source>Avsluttet</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>kundenr. eller navn, f.eks. en foresatt</source>
      <translation>customer no. or name, e.g. a parent or guardian</translation>
    </message>
    <message>
      <source>ingen grense</source>
      <translation>no limit</translation>
    </message>
    <message>
      <source>Betales av medlem</source>
      <translation>Paid by member</translation>
    </message>
    <message>
      <source>… eller betalingskontakt</source>
      <translation>… or payment contact</translation>
    </message>
    <message>
      <source>Kontaktens adresse</source>
      <translation>Contact's address</translation>
    </message>
    <message>
      <source>Kontaktens e-post</source>
      <translation>Contact's email</translation>
    </message>
    <message>
      <source>Kontaktens eFaktura-ref.</source>
      <translation>Contact's eFaktura ref.</translation>
    </message>
    <message>
      <source>Familietak per periode (kr)</source>
      <translation>Family cap per period (NOK)</translation>
    </message>
    <message>
      <source>Fødselsdato</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Samtykke fra foresatt</source>
      <translation>Consent from parent or guardian</translation>
    </message>
    <message>
      <source>Samtykkedato</source>
      <translation>Consent date</translation>
    </message>
    <message>
      <source>Betaler og samtykke</source>
      <translation>Payer and consent</translation>
    </message>
    <message>
      <source>Produkt</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Antall</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Egen pris (kr)</source>
      <translation>Own price (NOK)</translation>
    </message>
    <message>
      <source>Legg til produkt</source>
      <translation>Add product</translation>
    </message>
    <message>
      <source>Fjern produkt</source>
      <translation>Remove product</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Standardprodukter</source>
      <translation>Standard products</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>default</translation>
    </message>
    <message>
      <source>Medlemmet er mindreårig ({a} år): registrer hvilken foresatt som samtykket, og når.</source>
      <translation>The member is a minor ({a} years): record which parent or guardian consented, and when.</translation>
    </message>
  </context>
  <context>
    <name>MemberImport</name>
    <message>
      <source>Velg fil</source>
      <translation>Choose file</translation>
    </message>
    <message>
      <source>CSV (UTF-8 eller Windows-1252, komma eller semikolon) eller Excel (.xlsx). Medlemmene kobles på kundenummer; en rad uten kundenummer blir et nytt medlem med neste nummer i serien.</source>
      <translation>CSV (UTF-8 or Windows-1252, comma or semicolon) or Excel (.xlsx). Members are matched on customer number; a row without a customer number becomes a new member with the next number in the series.</translation>
    </message>
    <message>
      <source>Finnes personen fra før (samme navn og samme e-post eller telefon, eller uten begge: samme navn og adresse), vises raden som «finnes allerede» og importeres ikke.</source>
      <translation>If the person already exists (same name and same e-mail or phone, or without both: same name and address), the row is shown as “already exists” and is not imported.</translation>
    </message>
    <message>
      <source>Bla gjennom …</source>
      <translation>Browse …</translation>
    </message>
    <message>
      <source>Velg medlemsliste</source>
      <translation>Choose member list</translation>
    </message>
    <message>
      <source>Medlemslister (*.csv *.txt *.xlsx)</source>
      <translation>Member lists (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
      <source>Kolonner</source>
      <translation>Columns</translation>
    </message>
    <message>
      <source>Sjekk hvilket felt hver kolonne i filen skal til. Kundenr og Navn må være med.</source>
      <translation>Check which field each column in the file goes to. Customer no. and Name are required.</translation>
    </message>
    <message>
      <source>Kolonne i filen</source>
      <translation>Column in the file</translation>
    </message>
    <message>
      <source>Eksempel</source>
      <translation>Example</translation>
    </message>
    <message>
      <source>Felt</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>(ikke i bruk)</source>
      <translation>(not used)</translation>
    </message>
    <message>
      <source>Feltet «{f}» er valgt for flere kolonner.</source>
      <translation>The field “{f}” is chosen for more than one column.</translation>
    </message>
    <message>
      <source>Forhåndsvisning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Ingenting er lagret ennå.</source>
      <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
      <source>{new} nye, {changed} endrede, {unchanged} uendrede, {missing} mangler i filen, {invalid} ugyldige rader.</source>
      <translation>{new} new, {changed} changed, {unchanged} unchanged, {missing} missing from the file, {invalid} invalid rows.</translation>
    </message>
    <message>
      <source>{n} finnes allerede (importeres ikke).</source>
      <translation>{n} already exist (not imported).</translation>
    </message>
    <message>
      <source>Ugyldige rader (importeres ikke):</source>
      <translation>Invalid rows (not imported):</translation>
    </message>
    <message>
      <source>rad {row}: {reason}</source>
      <translation>row {row}: {reason}</translation>
    </message>
    <message>
      <source>e-post</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>telefon</source>
      <translation>phone</translation>
    </message>
    <message>
      <source>adresse</source>
      <translation>address</translation>
    </message>
    <message>
      <source>Finnes allerede (importeres ikke):</source>
      <translation>Already exist (not imported):</translation>
    </message>
    <message>
      <source>rad {row}: {name} er kundenr. {n} (samme navn og {by})</source>
      <translation>row {row}: {name} is customer no. {n} (same name and {by})</translation>
    </message>
    <message>
      <source>Nye medlemmer:</source>
      <translation>New members:</translation>
    </message>
    <message>
      <source> (nytt nummer fra serien)</source>
      <translation> (new number from the series)</translation>
    </message>
    <message>
      <source>Endringer (gammelt → nytt):</source>
      <translation>Changes (old → new):</translation>
    </message>
    <message>
      <source>Mangler i filen:</source>
      <translation>Missing from the file:</translation>
    </message>
    <message>
      <source>Avslutt de {n} medlemmene som mangler i filen (sluttdato i dag)</source>
      <translation>End the {n} members missing from the file (end date today)</translation>
    </message>
    <message>
      <source>{n} medlemskap avsluttes. Skriv antallet ({n}) for å bekrefte:</source>
      <translation>{n} memberships will be ended. Type the number ({n}) to confirm:</translation>
    </message>
    <message>
      <source>Importer de gyldige radene og hopp over de {n} ugyldige</source>
      <translation>Import the valid rows and skip the {n} invalid ones</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Importer medlemmer</source>
      <translation>Import members</translation>
    </message>
    <message>
      <source>Importer</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Neste &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <source>&lt; Tilbake</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Importert: {c} nye, {u} endret, {e} avsluttet, {s} ugyldige hoppet over.</source>
      <translation>Imported: {c} new, {u} changed, {e} ended, {s} invalid skipped.</translation>
    </message>
  </context>
  <context>
    <name>MemberPicker</name>
    <message>
      <source>Søk på navn, kundenr., e-post eller telefon</source>
      <translation>Search by name, customer no., email or phone</translation>
    </message>
    <message>
      <source>Fant ikke kundenr. {0}</source>
      <translation>Customer no. {0} not found</translation>
    </message>
    <message>
      <source>Ingen valgt</source>
      <translation>None selected</translation>
    </message>
    <message>
      <source>Utmeldt {0}</source>
      <translation>Membership ended {0}</translation>
    </message>
    <message>
      <source>Utmeldt</source>
      <translation>Membership ended</translation>
    </message>
    <message>
      <source>Velg fra listen</source>
      <translation>Choose from the list</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <source>kundenr.</source>
      <translation>customer no.</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <source>Kundenummer</source>
      <translation>Customer number</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Organisasjon</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Organisasjonsnummer</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Postnr. og sted</source>
      <translation>Postcode and city</translation>
    </message>
    <message>
      <source>Land</source>
      <translation>Country</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Betalingsmåte</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <source>eFaktura-referanse</source>
      <translation>eFaktura reference</translation>
    </message>
    <message>
      <source>Medlem fra</source>
      <translation>Member since</translation>
    </message>
    <message>
      <source>Avsluttet</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Notater</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Søk på navn, kundenummer, e-post, telefon eller poststed (Ctrl+F)</source>
      <translation>Search name, customer number, email, phone or city (Ctrl+F)</translation>
    </message>
    <message>
      <source>Nytt medlem</source>
      <translation>New member</translation>
    </message>
    <message>
      <source>Importer …</source>
      <translation>Import …</translation>
    </message>
    <message>
      <source>Hent medlemmer fra en CSV- eller Excel-fil (synkroniseres på kundenummer)</source>
      <translation>Load members from a CSV or Excel file (synchronised on customer number)</translation>
    </message>
    <message>
      <source>Endre</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Slett</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Reskontro</source>
      <translation>Ledger</translation>
    </message>
    <message>
      <source>Vis medlemmets fakturaer og innbetalinger</source>
      <translation>Show the member's invoices and payments</translation>
    </message>
    <message>
      <source>Endre …</source>
      <translation>Edit …</translation>
    </message>
    <message>
      <source>Slett …</source>
      <translation>Delete …</translation>
    </message>
    <message>
      <source>Ingen medlemmer ennå. Legg dem inn med «Nytt medlem», eller hent dem fra et regneark med «Importer …».</source>
      <translation>No members yet. Add them with “New member”, or bring them in from a spreadsheet with “Import …”.</translation>
    </message>
    <message>
      <source>Ingen medlemmer passer søket.</source>
      <translation>No members match the search.</translation>
    </message>
    <message>
      <source>{0} medlemmer</source>
      <translation>{0} members</translation>
    </message>
    <message>
      <source>Slett medlem</source>
      <translation>Delete member</translation>
    </message>
    <message>
      <source>Slette {0} (kundenummer {1})? Dette kan ikke angres.</source>
      <translation>Delete {0} (customer number {1})? This cannot be undone.</translation>
    </message>
    <message>
      <source>Kan ikke slette</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <source>Standardprodukter</source>
      <translation>Standard products</translation>
    </message>
    <message>
      <source>Ingen</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Velg et medlem i listen for å se detaljene.</source>
      <translation>Select a member in the list to see the details.</translation>
    </message>
  </context>
  <context>
    <name>MembersTableModel</name>
    <message>
      <source>Kundenr.</source>
      <translation>Cust. no.</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Postnr.</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>Poststed</source>
      <translation>City</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Betaling</source>
      <translation>Payment</translation>
    </message>
  </context>
  <context>
    <name>OrganisationSettings</name>
    <message>
      <source>Registrert i Merverdiavgiftsregisteret (MVA)</source>
      <translation>Registered in the VAT register (MVA)</translation>
    </message>
    <message>
      <source>Velg logo …</source>
      <translation>Choose logo …</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Organisasjonsnummer</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <source>Kontonummer</source>
      <translation>Bank account number</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Postnr. og sted</source>
      <translation>Postcode and city</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Logo (på fakturaen)</source>
      <translation>Logo (on the invoice)</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Bare en administrator kan endre organisasjonens opplysninger.</source>
      <translation>Only an administrator can change the organisation's details.</translation>
    </message>
    <message>
      <source>Velg logo</source>
      <translation>Choose logo</translation>
    </message>
    <message>
      <source>Bilder (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Ikke lagret. Rett feltene som er merket.</source>
      <translation>Not saved. Correct the marked fields.</translation>
    </message>
    <message>
      <source>Organisasjonens opplysninger er lagret.</source>
      <translation>The organisation's details have been saved.</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Oversikt</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Kom i gang</source>
      <translation>Getting started</translation>
    </message>
    <message>
      <source>Å gjøre</source>
      <translation>To do</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Oppdater</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Henter tallene …</source>
      <translation>Fetching the figures …</translation>
    </message>
    <message>
      <source>Tallene kunne ikke hentes: {0}</source>
      <translation>The figures could not be fetched: {0}</translation>
    </message>
    <message>
      <source>Per {0}</source>
      <translation>As of {0}</translation>
    </message>
    <message>
      <source>Siste bankfil: ingen lest inn ennå</source>
      <translation>Last bank file: none imported yet</translation>
    </message>
    <message>
      <source>Siste bankfil: {0}, lest inn {1} ({2} innbetalinger, {3})</source>
      <translation>Last bank file: {0}, imported {1} ({2} payments, {3})</translation>
    </message>
    <message>
      <source>Denne delen er skjult under Innstillinger › Organisasjon.</source>
      <translation>This section is hidden under Settings › Organisation.</translation>
    </message>
    <message>
      <source>Slettefrister: sjekkes …</source>
      <translation>Retention rules: checking …</translation>
    </message>
    <message>
      <source>sist kjørt {0}</source>
      <translation>last run {0}</translation>
    </message>
    <message>
      <source>aldri kjørt</source>
      <translation>never run</translation>
    </message>
    <message>
      <source>Slettefrister: {0} forfalt</source>
      <translation>Retention rules: {0} due</translation>
    </message>
    <message>
      <source>Slettefrister: ingen forfalt</source>
      <translation>Retention rules: none due</translation>
    </message>
    <message>
      <source>Forfalte fakturaer</source>
      <translation>Overdue invoices</translation>
    </message>
    <message>
      <source>Utestående, ikke forfalt</source>
      <translation>Outstanding, not yet due</translation>
    </message>
    <message>
      <source>Innbetalinger som ikke er matchet</source>
      <translation>Unmatched payments</translation>
    </message>
    <message>
      <source>Fakturaer som ikke er sendt</source>
      <translation>Unsent invoices</translation>
    </message>
    <message>
      <source>… av dem til utskrift</source>
      <translation>… of which to print</translation>
    </message>
    <message>
      <source>Legg inn produkter</source>
      <translation>Add products</translation>
    </message>
    <message>
      <source>Importer medlemmer</source>
      <translation>Import members</translation>
    </message>
    <message>
      <source>Fakturakjøring</source>
      <translation>Invoice run</translation>
    </message>
  </context>
  <context>
    <name>PassphraseTab</name>
    <message>
      <source>Bytt passord</source>
      <translation>Change password</translation>
    </message>
    <message>
      <source>Du er logget inn som {0}. Det nye passordet gjelder bare deg; de andre brukerne og gjenopprettingsnøkkelen virker som før.</source>
      <translation>You are logged in as {0}. The new password applies only to you; the other users and the recovery key work as before.</translation>
    </message>
    <message>
      <source>Nåværende passord</source>
      <translation>Current password</translation>
    </message>
    <message>
      <source>Nytt passord</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>Gjenta nytt passord</source>
      <translation>Repeat new password</translation>
    </message>
    <message>
      <source>De nye passordene er ikke like.</source>
      <translation>The new passwords do not match.</translation>
    </message>
    <message>
      <source>Ikke byttet: </source>
      <translation>Not changed: </translation>
    </message>
    <message>
      <source>Passordet er byttet. Bruk det nye neste gang du åpner regnskapsfilen.</source>
      <translation>The password has been changed. Use the new one the next time you open the accounting file.</translation>
    </message>
  </context>
  <context>
    <name>PaymentsPage</name>
    <message>
      <source>Lagre som</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>Eksporter Excel …</source>
      <translation>Export Excel …</translation>
    </message>
    <message>
      <source>Eksporter PDF …</source>
      <translation>Export PDF …</translation>
    </message>
    <message>
      <source>Forhåndsvis og skriv ut …</source>
      <translation>Preview and print …</translation>
    </message>
    <message>
      <source>Ingen åpne fakturaer, kreditt eller avskrivninger per denne datoen. Fakturaer lages under «Fakturaer»; velg en annen dato over for å se fordelingen da.</source>
      <translation>No open invoices, credit or write-offs at this date. Invoices are made under “Invoices”; choose another date above to see the distribution then.</translation>
    </message>
    <message>
      <source>Per dato:</source>
      <translation>As of:</translation>
    </message>
    <message>
      <source>Beregner aldersfordelingen per {d} …</source>
      <translation>Calculating the aging as of {d} …</translation>
    </message>
    <message>
      <source>Sum</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>{n} åpne fakturaer per {d}, totalt {t}; kreditt på medlemmers konto {c}; saldo {s} (som i reskontroen).</source>
      <translation>{n} open invoices as of {d}, total {t}; credit on members' accounts {c}; balance {s} (as in the ledger).</translation>
    </message>
    <message>
      <source> Avskrevet som tap (ikke med i saldoen): {w}.</source>
      <translation> Written off as bad debt (not in the balance): {w}.</translation>
    </message>
    <message>
      <source>Aldersfordelt reskontro per {d}</source>
      <translation>Aged receivables as of {d}</translation>
    </message>
    <message>
      <source>Excel-arbeidsbok (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Skrev {f}</source>
      <translation>Wrote {f}</translation>
    </message>
    <message>
      <source>Innbetalinger</source>
      <translation>Payments</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Godta alle sikre forslag</source>
      <translation>Accept all safe suggestions</translation>
    </message>
    <message>
      <source>Godtar hvert forslag der innbetalingen nevner én åpen faktura med nøyaktig samme beløp. Kan angres samlet.</source>
      <translation>Accepts every suggestion where the payment names one open invoice with exactly the same amount. Can be undone all at once.</translation>
    </message>
    <message>
      <source>Angre</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Angre hele den samlede godkjenningen</source>
      <translation>Undo the whole batch acceptance</translation>
    </message>
    <message>
      <source>Godta alle sikre forslag ({n})</source>
      <translation>Accept all safe suggestions ({n})</translation>
    </message>
    <message>
      <source>Ser etter sikre forslag …</source>
      <translation>Looking for sure suggestions …</translation>
    </message>
    <message>
      <source>Faktura {n} – {name}: {a}</source>
      <translation>Invoice {n} – {name}: {a}</translation>
    </message>
    <message>
      <source>… og {n} til</source>
      <translation>… and {n} more</translation>
    </message>
    <message>
      <source>Godta {n} sikre forslag, til sammen {t}?</source>
      <translation>Accept {n} safe suggestions, {t} in total?</translation>
    </message>
    <message>
      <source>Godta {n}</source>
      <translation>Accept {n}</translation>
    </message>
    <message>
      <source>Godtar forslagene …</source>
      <translation>Accepting the suggestions …</translation>
    </message>
    <message>
      <source>Godtok {n} forslag, til sammen {t}.</source>
      <translation>Accepted {n} suggestions, {t} in total.</translation>
    </message>
    <message>
      <source>Angret: {n} innbetalinger ligger i køen igjen.</source>
      <translation>Undone: {n} payments are back in the queue.</translation>
    </message>
    <message>
      <source>Søk i navn, kundenr., fakturanr. eller KID</source>
      <translation>Search name, customer no., invoice no. or KID</translation>
    </message>
    <message>
      <source>Innbetaling {id}: {a} fra {p}</source>
      <translation>Payment {id}: {a} from {p}</translation>
    </message>
    <message>
      <source>Velg faktura</source>
      <translation>Choose invoice</translation>
    </message>
    <message>
      <source>Før mot fakturaen</source>
      <translation>Post against the invoice</translation>
    </message>
    <message>
      <source>Beløp</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Det som er igjen av innbetalingen blir stående som kreditt på medlemmets konto.</source>
      <translation>What is left of the payment stays as credit on the member's account.</translation>
    </message>
    <message>
      <source>Før mot faktura {n} – {name}</source>
      <translation>Post against invoice {n} – {name}</translation>
    </message>
    <message>
      <source>Velg en faktura.</source>
      <translation>Choose an invoice.</translation>
    </message>
    <message>
      <source>Del innbetaling på flere fakturaer</source>
      <translation>Split payment across several invoices</translation>
    </message>
    <message>
      <source>Legg til</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Fordel</source>
      <translation>Allocate</translation>
    </message>
    <message>
      <source>Igjen å fordele: {r} (blir kreditt på konto)</source>
      <translation>Left to allocate: {r} (becomes credit on account)</translation>
    </message>
    <message>
      <source>Faktura {n} – {name} (kundenr. {m}): {a}</source>
      <translation>Invoice {n} – {name} (customer no. {m}): {a}</translation>
    </message>
    <message>
      <source>Faktura {n} – {name}</source>
      <translation>Invoice {n} – {name}</translation>
    </message>
    <message>
      <source>1 innbetaling er ikke matchet ({t}).</source>
      <translation>1 payment is not matched ({t}).</translation>
    </message>
    <message>
      <source>{n} innbetalinger er ikke matchet ({t}).</source>
      <translation>{n} payments are not matched ({t}).</translation>
    </message>
    <message>
      <source>De {shown} eldste vises med forslag; «Vis flere» leser de neste.</source>
      <translation>The {shown} oldest are shown with suggestions; “Show more” reads the next ones.</translation>
    </message>
    <message>
      <source>Velg bankfil</source>
      <translation>Choose bank file</translation>
    </message>
    <message>
      <source>Bankfiler (*.txt *.ocr *.xml *.csv);;Alle filer (*)</source>
      <translation>Bank files (*.txt *.ocr *.xml *.csv);;All files (*)</translation>
    </message>
    <message>
      <source>Slipp en bankfil her (OCR-fil, camt.053/camt.054 eller CSV), eller</source>
      <translation>Drop a bank file here (OCR file, camt.053/camt.054 or CSV), or</translation>
    </message>
    <message>
      <source>Velg fil …</source>
      <translation>Choose file …</translation>
    </message>
    <message>
      <source>Ingen fil lest inn ennå.</source>
      <translation>No file imported yet.</translation>
    </message>
    <message>
      <source>Ingen innbetalinger venter på matching. Les inn en bankfil med «Velg fil …»; det som ikke matches av seg selv, havner her.</source>
      <translation>No payments are waiting to be matched. Import a bank file with “Choose file …”; whatever is not matched automatically ends up here.</translation>
    </message>
    <message>
      <source>Vis flere</source>
      <translation>Show more</translation>
    </message>
    <message>
      <source>Les de neste innbetalingene i køen, med forslag</source>
      <translation>Read the next payments in the queue, with suggestions</translation>
    </message>
    <message>
      <source>Godta forslag</source>
      <translation>Accept suggestion</translation>
    </message>
    <message>
      <source>Velg faktura …</source>
      <translation>Choose invoice …</translation>
    </message>
    <message>
      <source>Del på flere …</source>
      <translation>Split …</translation>
    </message>
    <message>
      <source>La stå som kreditt …</source>
      <translation>Leave as credit …</translation>
    </message>
    <message>
      <source>Forslag for valgt innbetaling:</source>
      <translation>Suggestions for the selected payment:</translation>
    </message>
    <message>
      <source>Rollen din kan ikke bokføre innbetalinger.</source>
      <translation>Your role cannot book payments.</translation>
    </message>
    <message>
      <source>Henter køen og forslagene …</source>
      <translation>Fetching the queue and the suggestions …</translation>
    </message>
    <message>
      <source>Uventet feil: </source>
      <translation>Unexpected error: </translation>
    </message>
    <message>
      <source>Kunne ikke lese {f}: {e}</source>
      <translation>Could not read {f}: {e}</translation>
    </message>
    <message>
      <source>Leser {f} …</source>
      <translation>Reading {f} …</translation>
    </message>
    <message>
      <source>Leser inn {f} …</source>
      <translation>Importing {f} …</translation>
    </message>
    <message>
      <source>Ingenting er bokført fra {f}.</source>
      <translation>Nothing has been booked from {f}.</translation>
    </message>
    <message>
      <source>La stå som kreditt</source>
      <translation>Leave as credit</translation>
    </message>
    <message>
      <source>Hvilket medlem skal ha beløpet på konto? Søk på navn, kundenr., e-post eller telefon.</source>
      <translation>Which member should get the amount on account? Search by name, customer no., email or phone.</translation>
    </message>
    <message>
      <source>Sett {a} på kontoen til {m}</source>
      <translation>Put {a} on the account of {m}</translation>
    </message>
    <message>
      <source>Kolonner i CSV-filen</source>
      <translation>Columns in the CSV file</translation>
    </message>
    <message>
      <source>(ingen)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Les inn</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Velg hvilke kolonner som er hva. Dato og beløp må være med.</source>
      <translation>Choose which column is what. Date and amount are required.</translation>
    </message>
    <message>
      <source>Velg kolonnene for dato og beløp.</source>
      <translation>Choose the columns for date and amount.</translation>
    </message>
    <message>
      <source>Vis</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Velg et medlem over (søk på navn, kundenr., e-post eller telefon) for å se fakturaer, innbetalinger og saldo.</source>
      <translation>Choose a member above (search by name, customer no., e-mail or phone) to see invoices, payments and balance.</translation>
    </message>
    <message>
      <source>Ingen fakturaer eller innbetalinger for dette medlemmet ennå.</source>
      <translation>No invoices or payments for this member yet.</translation>
    </message>
    <message>
      <source>Medlem:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <source>Velg et medlem (søk på navn, kundenr., e-post eller telefon).</source>
      <translation>Choose a member (search by name, customer no., email or phone).</translation>
    </message>
    <message>
      <source>&lt;b&gt;{n} {name}&lt;/b&gt; – saldo {b}</source>
      <translation>&lt;b&gt;{n} {name}&lt;/b&gt; – balance {b}</translation>
    </message>
    <message>
      <source>Åpne poster: </source>
      <translation>Open items: </translation>
    </message>
    <message>
      <source>ingen</source>
      <translation>none</translation>
    </message>
    <message>
      <source>Søk: navn, beløp, KID, arkivref., dato, id eller fakturanr.</source>
      <translation>Search: name, amount, KID, archive ref., date, id or invoice no.</translation>
    </message>
    <message>
      <source>Ingen innbetalinger ennå. Les inn bankfilen fra nettbanken (OCR, camt.054/053 eller CSV) under «Innlesing og kø».</source>
      <translation>No payments yet. Import the bank file from your online bank (OCR, camt.054/053 or CSV) under “Import and queue”.</translation>
    </message>
    <message>
      <source>Ingen innbetalinger med denne statusen.</source>
      <translation>No payments with this status.</translation>
    </message>
    <message>
      <source>Godta forslag for valgte</source>
      <translation>Accept suggestions for selected</translation>
    </message>
    <message>
      <source>Godtar de sikre forslagene blant de valgte innbetalingene (én åpen faktura med nøyaktig samme beløp, nevnt i teksten eller KID-en).</source>
      <translation>Accepts the sure suggestions among the selected payments (one open invoice with exactly the same amount, named in the text or the KID).</translation>
    </message>
    <message>
      <source>Angre matching</source>
      <translation>Undo matching</translation>
    </message>
    <message>
      <source>Tilbakebetal kreditt</source>
      <translation>Refund credit</translation>
    </message>
    <message>
      <source>Vis reskontro</source>
      <translation>Show ledger</translation>
    </message>
    <message>
      <source>Eksporter valgte …</source>
      <translation>Export selected …</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>{n} innbetalinger</source>
      <translation>{n} payments</translation>
    </message>
    <message>
      <source>Angre matchingen av innbetaling {id} ({a})? Fakturaene får tilbake restbeløpet, og innbetalingen legges i køen.</source>
      <translation>Undo the matching of payment {id} ({a})? The invoices get their remaining amount back, and the payment goes back to the queue.</translation>
    </message>
    <message>
      <source>Angre matchingen av {n} innbetalinger, til sammen {a}? Fakturaene får tilbake restbeløpet, og innbetalingene legges i køen.</source>
      <translation>Undo the matching of {n} payments, {a} in total? The invoices get their balance back, and the payments go back to the queue.</translation>
    </message>
    <message>
      <source>Angret matchingen av {n} innbetalinger.</source>
      <translation>Undid the matching of {n} payments.</translation>
    </message>
    <message>
      <source>kundenr. {0}</source>
      <translation>customer no. {0}</translation>
    </message>
    <message>
      <source>Merke {a} som tilbakebetalt til {m}?</source>
      <translation>Mark {a} as refunded to {m}?</translation>
    </message>
    <message>
      <source>Merke kreditten av {n} innbetalinger, til sammen {a}, som tilbakebetalt til medlemmene?</source>
      <translation>Mark the credit of {n} payments, {a} in total, as paid back to the members?</translation>
    </message>
    <message>
      <source>Merket kreditten av {n} innbetalinger som tilbakebetalt.</source>
      <translation>Marked the credit of {n} payments as paid back.</translation>
    </message>
    <message>
      <source>Ser etter sikre forslag for {n} valgte innbetalinger …</source>
      <translation>Looking for sure suggestions for {n} selected payments …</translation>
    </message>
    <message>
      <source>Ingen av de {n} valgte innbetalingene har et sikkert forslag; velg faktura for dem under «Innlesing og kø».</source>
      <translation>None of the {n} selected payments has a sure suggestion; choose an invoice for them under “Import and queue”.</translation>
    </message>
    <message>
      <source>Godta {n} sikre forslag for de valgte, til sammen {t}?</source>
      <translation>Accept {n} sure suggestions for the selected, {t} in total?</translation>
    </message>
    <message>
      <source>{r} av de valgte har ikke et sikkert forslag og blir stående i køen.</source>
      <translation>{r} of the selected have no sure suggestion and stay in the queue.</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Kundenr.</source>
      <translation>Customer no.</translation>
    </message>
    <message>
      <source>Fakturaer</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <source>Kreditt</source>
      <translation>Credit</translation>
    </message>
    <message>
      <source>KID</source>
      <translation>KID</translation>
    </message>
    <message>
      <source>Betaler</source>
      <translation>Payer</translation>
    </message>
    <message>
      <source>Innlesing og kø</source>
      <translation>Import and queue</translation>
    </message>
    <message>
      <source>Alle innbetalinger</source>
      <translation>All payments</translation>
    </message>
    <message>
      <source>Reskontro</source>
      <translation>Accounts receivable</translation>
    </message>
    <message>
      <source>Aldersfordeling</source>
      <translation>Aging</translation>
    </message>
    <message>
      <source>Ikke forfalt</source>
      <translation>Not due</translation>
    </message>
    <message>
      <source>1–30 dager</source>
      <translation>1–30 days</translation>
    </message>
    <message>
      <source>31–60 dager</source>
      <translation>31–60 days</translation>
    </message>
    <message>
      <source>61–90 dager</source>
      <translation>61–90 days</translation>
    </message>
    <message>
      <source>Over 90 dager</source>
      <translation>Over 90 days</translation>
    </message>
    <message>
      <source>Ikke matchet</source>
      <translation>Not matched</translation>
    </message>
    <message>
      <source>Bokført</source>
      <translation>Booked</translation>
    </message>
    <message>
      <source>På konto</source>
      <translation>On account</translation>
    </message>
    <message>
      <source>Utkast</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Delvis betalt</source>
      <translation>Partly paid</translation>
    </message>
    <message>
      <source>Betalt</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>Forfalt</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Kreditert</source>
      <translation>Credited</translation>
    </message>
    <message>
      <source>Avskrevet</source>
      <translation>Written off</translation>
    </message>
    <message>
      <source>Beløp inn</source>
      <translation>Amount in</translation>
    </message>
    <message>
      <source>Tekst</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Arkivreferanse</source>
      <translation>Archive reference</translation>
    </message>
    <message>
      <source>Purrekrav</source>
      <translation>Reminder charge</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Purretrinn</source>
      <translation>Reminder stage</translation>
    </message>
    <message>
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Faktura</source>
      <translation>Invoice</translation>
    </message>
    <message>
      <source>Gjenstår</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <source>Forfall</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Beste forslag</source>
      <translation>Best suggestion</translation>
    </message>
    <message>
      <source>Poeng</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Hvorfor</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Referanse</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>Debet</source>
      <translation>Debit</translation>
    </message>
    <message>
      <source>Kredit</source>
      <translation>Credit</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Skriveren kunne ikke startes.</source>
      <translation>The printer could not be started.</translation>
    </message>
    <message>
      <source>Lagre som</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>PDF-filer (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>av {0}</source>
      <translation>of {0}</translation>
    </message>
    <message>
      <source>Forminsk (Ctrl+−)</source>
      <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
      <source>Forstørr (Ctrl++)</source>
      <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
      <source>Tilpass bredden</source>
      <translation>Fit to width</translation>
    </message>
    <message>
      <source>Skriv ut …</source>
      <translation>Print …</translation>
    </message>
    <message>
      <source>Skriv ut (Ctrl+P)</source>
      <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
      <source>Lagre som …</source>
      <translation>Save as …</translation>
    </message>
    <message>
      <source>Lukk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Dokumentet kunne ikke vises.</source>
      <translation>The document could not be displayed.</translation>
    </message>
    <message>
      <source>Bredde</source>
      <translation>Width</translation>
    </message>
    <message>
      <source>Skriver ut …</source>
      <translation>Printing …</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Skriver ut side {0} av {1} …</source>
      <translation>Printing page {0} of {1} …</translation>
    </message>
    <message>
      <source>Utskriften er avbrutt.</source>
      <translation>Printing was cancelled.</translation>
    </message>
    <message>
      <source>{0} sider sendt til skriveren.</source>
      <translation>{0} pages sent to the printer.</translation>
    </message>
    <message>
      <source>1 side sendt til skriveren.</source>
      <translation>1 page sent to the printer.</translation>
    </message>
    <message>
      <source>Kunne ikke lagre {0}: {1}</source>
      <translation>Could not save {0}: {1}</translation>
    </message>
    <message>
      <source>Lagret som {0}.</source>
      <translation>Saved as {0}.</translation>
    </message>
  </context>
  <context>
    <name>PeriodLockBox</name>
    <message>
      <source>Periodelås</source>
      <translation>Period lock</translation>
    </message>
    <message>
      <source>Lukk periode</source>
      <translation>Close period</translation>
    </message>
    <message>
      <source>Åpne igjen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>Lukk til og med:</source>
      <translation>Close up to and including:</translation>
    </message>
    <message>
      <source>Bare en administrator kan lukke eller åpne en periode.</source>
      <translation>Only an administrator can close or reopen a period.</translation>
    </message>
    <message>
      <source>Ingen periode er lukket.</source>
      <translation>No period is closed.</translation>
    </message>
    <message>
      <source>Lukket til og med {d}. Endringer datert før {o} avvises.</source>
      <translation>Closed up to and including {d}. Changes dated before {o} are rejected.</translation>
    </message>
    <message>
      <source>Lukke regnskapet til og med {d}? Etterpå kan ingen fakturaer, kreditnotaer eller matchinger med dato til og med denne dagen endres eller føres.</source>
      <translation>Close the accounts up to and including {d}? Afterwards no invoices, credit notes or matchings dated on or before that day can be changed or posted.</translation>
    </message>
    <message>
      <source>Åpne perioden til og med {d} igjen? Endringen føres i revisjonsloggen.</source>
      <translation>Reopen the period up to and including {d}? The change is recorded in the audit log.</translation>
    </message>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>PolicyEditor</name>
    <message>
      <source>Endre</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Ny verdi for valgt regel:</source>
      <translation>New value for the selected rule:</translation>
    </message>
    <message>
      <source>Gjeldende slettefrister</source>
      <translation>Current retention deadlines</translation>
    </message>
    <message>
      <source>Bare en administrator kan endre slettefristene.</source>
      <translation>Only an administrator can change the retention deadlines.</translation>
    </message>
    <message>
      <source>Velg en regel i tabellen først.</source>
      <translation>Select a rule in the table first.</translation>
    </message>
    <message>
      <source>Lagret: {v} {u}.</source>
      <translation>Saved: {v} {u}.</translation>
    </message>
    <message>
      <source>Regel</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>Verdi</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Tillatt</source>
      <translation>Allowed</translation>
    </message>
    <message>
      <source>Grunnlag</source>
      <translation>Legal basis</translation>
    </message>
  </context>
  <context>
    <name>PrivacyPage</name>
    <message>
      <source>Innsyn og sletting</source>
      <translation>Access and erasure</translation>
    </message>
    <message>
      <source>Slettefrister</source>
      <translation>Retention rules</translation>
    </message>
    <message>
      <source>Avvik og protokoll</source>
      <translation>Breaches and records</translation>
    </message>
    <message>
      <source>Søk etter navn, kundenummer, e-post eller telefon</source>
      <translation>Search by name, customer number, email or phone</translation>
    </message>
    <message>
      <source>Innbetalinger uten match som kan høre til personen (kryss av de som gjør det; de tas med i innsyn og pseudonymiseres ved sletting):</source>
      <translation>Unmatched payments that may belong to the person (tick those that do; they are included in the access report and pseudonymised on erasure):</translation>
    </message>
    <message>
      <source>Eksporter innsyn (ZIP) …</source>
      <translation>Export access report (ZIP) …</translation>
    </message>
    <message>
      <source>Slett …</source>
      <translation>Delete …</translation>
    </message>
    <message>
      <source>Slettet. Se revisjonsloggen for hva som ble gjort.</source>
      <translation>Deleted. See the audit log for what was done.</translation>
    </message>
    <message>
      <source>  (sperret)</source>
      <translation>  (restricted)</translation>
    </message>
    <message>
      <source>Bare en administrator kan slette personopplysninger.</source>
      <translation>Only an administrator can delete personal data.</translation>
    </message>
    <message>
      <source>Alt som er lagret om medlemmet</source>
      <translation>Everything stored about the member</translation>
    </message>
    <message>
      <source>Lagre innsyn</source>
      <translation>Save access report</translation>
    </message>
    <message>
      <source>Innsyn</source>
      <translation>Access report</translation>
    </message>
    <message>
      <source>Slette personopplysninger?</source>
      <translation>Delete personal data?</translation>
    </message>
    <message>
      <source>Fortsette?</source>
      <translation>Continue?</translation>
    </message>
    <message>
      <source>Kan ikke slettes</source>
      <translation>Cannot be deleted</translation>
    </message>
    <message>
      <source>
{n} innbetaling(er) uten match pseudonymiseres også.</source>
      <translation>
{n} unmatched payment(s) will be pseudonymised too.</translation>
    </message>
    <message>
      <source>Medlem: {0}</source>
      <translation>Member: {0}</translation>
    </message>
    <message>
      <source>Sletting</source>
      <translation>Erasure</translation>
    </message>
    <message>
      <source>Henter …</source>
      <translation>Fetching …</translation>
    </message>
    <message>
      <source>Bare vis hva som ville skjedd</source>
      <translation>Only show what would happen</translation>
    </message>
    <message>
      <source>Bare en administrator kan utføre slettefrister.</source>
      <translation>Only an administrator can run the retention rules.</translation>
    </message>
    <message>
      <source>Kjør slettefrister</source>
      <translation>Run retention rules</translation>
    </message>
    <message>
      <source>Planlagt</source>
      <translation>Scheduled</translation>
    </message>
    <message>
      <source>Dato:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <source>Kjørelogg</source>
      <translation>Run log</translation>
    </message>
    <message>
      <source>henter …</source>
      <translation>fetching …</translation>
    </message>
    <message>
      <source>Ingenting er planlagt.</source>
      <translation>Nothing is scheduled.</translation>
    </message>
    <message>
      <source>Planen kunne ikke hentes: {0}</source>
      <translation>The schedule could not be read: {0}</translation>
    </message>
    <message>
      <source>Ser etter hva som er forfalt …</source>
      <translation>Looking for what is due …</translation>
    </message>
    <message>
      <source>Kjører slettefrister …</source>
      <translation>Running the retention deadlines …</translation>
    </message>
    <message>
      <source>Ville gjort</source>
      <translation>Would do</translation>
    </message>
    <message>
      <source>Utført</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>handling(er)</source>
      <translation>action(s)</translation>
    </message>
    <message>
      <source>Når</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Hva</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Kjørt</source>
      <translation>Run at</translation>
    </message>
    <message>
      <source>Per dato</source>
      <translation>As of</translation>
    </message>
    <message>
      <source>Handlinger</source>
      <translation>Actions</translation>
    </message>
  </context>
  <context>
    <name>ProductsPage</name>
    <message>
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Nei</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Nytt produkt</source>
      <translation>New product</translation>
    </message>
    <message>
      <source>Endre produkt {0}</source>
      <translation>Edit product {0}</translation>
    </message>
    <message>
      <source>f.eks. 450,00</source>
      <translation>e.g. 450.00</translation>
    </message>
    <message>
      <source>Aktiv (kan legges på medlemmer og faktureres)</source>
      <translation>Active (can be put on members and invoiced)</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Pris (kr)</source>
      <translation>Price (NOK)</translation>
    </message>
    <message>
      <source>Mva-sats</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Lagre</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Endre</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Slett</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Ingen produkter ennå. Legg inn kontingenten og det dere ellers fakturerer med «Nytt produkt»; så kan medlemmene få dem som standardprodukter.</source>
      <translation>No products yet. Add the membership fee and anything else you invoice with “New product”; members can then get them as standard products.</translation>
    </message>
    <message>
      <source>Slett produkt</source>
      <translation>Delete product</translation>
    </message>
    <message>
      <source>Slette produktet {0} – {1}?</source>
      <translation>Delete the product {0} – {1}?</translation>
    </message>
    <message>
      <source>Kan ikke slette</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <source>Unntatt</source>
      <translation>Exempt</translation>
    </message>
    <message>
      <source>Engangs</source>
      <translation>One-off</translation>
    </message>
    <message>
      <source>Månedlig</source>
      <translation>Monthly</translation>
    </message>
    <message>
      <source>Kvartalsvis</source>
      <translation>Quarterly</translation>
    </message>
    <message>
      <source>Årlig</source>
      <translation>Yearly</translation>
    </message>
    <message>
      <source>Pris</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>Mva</source>
      <translation>VAT</translation>
    </message>
    <message>
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>25 %</source>
      <translation>25%</translation>
    </message>
    <message>
      <source>15 %</source>
      <translation>15%</translation>
    </message>
    <message>
      <source>12 %</source>
      <translation>12%</translation>
    </message>
    <message>
      <source>0 %</source>
      <translation>0%</translation>
    </message>
  </context>
  <context>
    <name>QtRuntime</name>
    <message>
      <source>KontoPronto kan ikke starte vinduet: PySide6 {0} på Python {1} har en kjent feil som får programmet til å krasje etter en stund. Installer PySide6 6.11.3 (pip install "pyside6-essentials==6.11.3" "pyside6-addons==6.11.3") eller bruk Python 3.12 eller nyere. Kommandolinjen (kontopronto) virker som før.</source>
      <translation>KontoPronto cannot start the window: PySide6 {0} on Python {1} has a known bug that makes the program crash after a while. Install PySide6 6.11.3 (pip install "pyside6-essentials==6.11.3" "pyside6-addons==6.11.3") or use Python 3.12 or newer. The command line (kontopronto) works as before.</translation>
    </message>
  </context>
  <context>
    <name>QuickSearch</name>
    <message>
      <source>Søk overalt</source>
      <translation>Search everywhere</translation>
    </message>
    <message>
      <source>Navn, kundenr., e-post, fakturanr., KID eller beløp (1 234,50)</source>
      <translation>Name, customer no., email, invoice no., KID or amount (1 234,50)</translation>
    </message>
    <message>
      <source>Skriv for å søke i medlemmer, fakturaer og innbetalinger.</source>
      <translation>Type to search members, invoices and payments.</translation>
    </message>
    <message>
      <source>Funnet på: {0}</source>
      <translation>Matched on: {0}</translation>
    </message>
    <message>
      <source>Enter åpner treffet, piltastene velger.</source>
      <translation>Enter opens the result; the arrow keys select.</translation>
    </message>
    <message>
      <source>Fant ingenting for «{0}».</source>
      <translation>Nothing found for “{0}”.</translation>
    </message>
    <message>
      <source>Medlemmer</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Fakturaer</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <source>Innbetalinger</source>
      <translation>Payments</translation>
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <source>Uventet feil: </source>
      <translation>Unexpected error: </translation>
    </message>
    <message>
      <source>Purring</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <source>Inkassovarsel</source>
      <translation>Debt collection notice</translation>
    </message>
    <message>
      <source>Ingen krav er klare for inkasso. Et krav kommer hit når siste frist i purreplanen er ute.</source>
      <translation>No claims are ready for debt collection. A claim comes here when the last deadline in the reminder plan has passed.</translation>
    </message>
    <message>
      <source>Eksporter CSV og merk overlevert …</source>
      <translation>Export CSV and mark handed over …</translation>
    </message>
    <message>
      <source>Krav som er ubetalt etter fristen i inkassovarselet. Overleverte krav får ikke flere purringer; innbetalinger føres fortsatt.</source>
      <translation>Claims unpaid after the deadline in the debt collection notice. Claims handed over get no more reminders; payments are still recorded.</translation>
    </message>
    <message>
      <source>Henter …</source>
      <translation>Fetching …</translation>
    </message>
    <message>
      <source>Til inkasso</source>
      <translation>To debt collection</translation>
    </message>
    <message>
      <source>Kravene er skrevet til {p} og merket overlevert til inkasso.</source>
      <translation>The claims have been written to {p} and marked as handed over to debt collection.</translation>
    </message>
    <message>
      <source>(hele medlemmet)</source>
      <translation>(all the member's claims)</translation>
    </message>
    <message>
      <source>f.eks. tvist, avtalt nedbetaling</source>
      <translation>e.g. dispute, agreed instalments</translation>
    </message>
    <message>
      <source>Stans purringer</source>
      <translation>Hold reminders</translation>
    </message>
    <message>
      <source>Opphev valgt stans</source>
      <translation>Lift selected hold</translation>
    </message>
    <message>
      <source>Opphev valgt stans …</source>
      <translation>Lift selected hold …</translation>
    </message>
    <message>
      <source>Ingen krav er stanset. Fyll inn fakturanr. eller medlem over og trykk «Stans purringer».</source>
      <translation>No claims are on hold. Fill in invoice no. or member above and press “Hold reminders”.</translation>
    </message>
    <message>
      <source>Fakturanr.</source>
      <translation>Invoice no.</translation>
    </message>
    <message>
      <source>eller medlem (alle medlemmets krav)</source>
      <translation>or member (all the member's claims)</translation>
    </message>
    <message>
      <source>Til og med</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Grunn</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Purringer for faktura {n} er stanset til og med {u}.</source>
      <translation>Reminders for invoice {n} are on hold until {u}.</translation>
    </message>
    <message>
      <source>Purringer for alle krav til {m} er stanset til og med {u}.</source>
      <translation>Reminders for all claims on {m} are on hold until {u}.</translation>
    </message>
    <message>
      <source>Velg en stans i listen.</source>
      <translation>Choose a hold in the list.</translation>
    </message>
    <message>
      <source>faktura {n}</source>
      <translation>invoice {n}</translation>
    </message>
    <message>
      <source>alle krav til kundenr. {m}</source>
      <translation>all claims on customer no. {m}</translation>
    </message>
    <message>
      <source>Opphev stans</source>
      <translation>Lift hold</translation>
    </message>
    <message>
      <source>Oppheve stansen for {w}? Neste purrekjøring kan da purre igjen.</source>
      <translation>Lift the hold for {w}? The next reminder run may then remind again.</translation>
    </message>
    <message>
      <source>Stansen er opphevet.</source>
      <translation>The hold has been lifted.</translation>
    </message>
    <message>
      <source>Ny purrekjøring …</source>
      <translation>New reminder run …</translation>
    </message>
    <message>
      <source>Send usendte på e-post</source>
      <translation>Email unsent</translation>
    </message>
    <message>
      <source>PDF for utskrift …</source>
      <translation>PDF for printing …</translation>
    </message>
    <message>
      <source>Forhåndsvis og skriv ut …</source>
      <translation>Preview and print …</translation>
    </message>
    <message>
      <source>Purringene som er merket for utskrift, som utstedt</source>
      <translation>The reminders marked for printing, as issued</translation>
    </message>
    <message>
      <source>Forhåndsvis valgt purring …</source>
      <translation>Preview selected reminder …</translation>
    </message>
    <message>
      <source>Purringen som utstedt, for å lese eller skrive den ut (Ctrl+P)</source>
      <translation>The reminder as issued, to read or print (Ctrl+P)</translation>
    </message>
    <message>
      <source>Send EHF-purringer</source>
      <translation>Send EHF reminders</translation>
    </message>
    <message>
      <source>Purringer til organisasjoner på EHF skrives som EHF-purring til utboksen og lastes opp med SFTP (Innstillinger › Kanaler)</source>
      <translation>Reminders to organisations on EHF are written as EHF reminders to the outbox and uploaded by SFTP (Settings › Channels)</translation>
    </message>
    <message>
      <source>Ingen purringer ennå. «Ny purrekjøring …» lager purringer for fakturaer som er forfalt.</source>
      <translation>No reminders yet. “New reminder run …” makes reminders for invoices that are overdue.</translation>
    </message>
    <message>
      <source>e-post</source>
      <translation>email</translation>
    </message>
    <message>
      <source>utskrift</source>
      <translation>print</translation>
    </message>
    <message>
      <source>ikke sendt</source>
      <translation>not sent</translation>
    </message>
    <message>
      <source>EHF (ikke sendt)</source>
      <translation>EHF (not sent)</translation>
    </message>
    <message>
      <source>Send EHF-purringer ({n})</source>
      <translation>Send EHF reminders ({n})</translation>
    </message>
    <message>
      <source>Sender purringer …</source>
      <translation>Sending reminders …</translation>
    </message>
    <message>
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Sendt {s} purringer; {f} feilet; {n} uten e-post (skrives ut).</source>
      <translation>Sent {s} reminders; {f} failed; {n} without email (to be printed).</translation>
    </message>
    <message>
      <source>Utboks: {0}</source>
      <translation>Outbox: {0}</translation>
    </message>
    <message>
      <source>Sender EHF-purringer …</source>
      <translation>Sending EHF reminders …</translation>
    </message>
    <message>
      <source>PDF for utskrift</source>
      <translation>PDF for printing</translation>
    </message>
    <message>
      <source>{n} purringer skrevet til {p}.</source>
      <translation>{n} reminders written to {p}.</translation>
    </message>
    <message>
      <source>Velg en purring i listen.</source>
      <translation>Select a reminder in the list.</translation>
    </message>
    <message>
      <source>Purring nr. {n} – {m}</source>
      <translation>Reminder no. {n} – {m}</translation>
    </message>
    <message>
      <source>Purringer til utskrift</source>
      <translation>Reminders to print</translation>
    </message>
    <message>
      <source>Purringer</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <source>Stansede krav</source>
      <translation>Claims on hold</translation>
    </message>
    <message>
      <source>Kontoutskrift</source>
      <translation>Statement</translation>
    </message>
    <message>
      <source>Satser og innstillinger</source>
      <translation>Rates and settings</translation>
    </message>
    <message>
      <source>Ta purregebyr (1/20 av inkassosatsen, høyst to per krav)</source>
      <translation>Charge a reminder fee (1/20 of the debt collection rate, at most two per claim)</translation>
    </message>
    <message>
      <source>Beregn forsinkelsesrente</source>
      <translation>Charge late payment interest</translation>
    </message>
    <message>
      <source>Send inkassovarsel selv</source>
      <translation>Send debt collection notices ourselves</translation>
    </message>
    <message>
      <source>Standardkompensasjon fra næringsdrivende (forsinkelsesrenteloven § 3a)</source>
      <translation>Standard compensation from businesses (Late Payment Interest Act § 3a)</translation>
    </message>
    <message>
      <source>Gjelder medlemmer av typen organisasjon. Beløpet i kroner fastsettes per halvår (satstabellen) og gjelder halvåret dagen etter forfall ligger i. Kompensasjonen dekker purregebyret: gebyr som alt er tatt på kravet trekkes fra, og kravet får ikke flere gebyr.</source>
      <translation>Applies to members of the type organisation. The amount in kroner is set per half-year (the rate table); the one that applies is that of the half-year in which the day after the due date falls. The compensation covers the reminder fee: fees already charged on the claim are deducted, and the claim gets no further fees.</translation>
    </message>
    <message>
      <source>Lagre innstillinger</source>
      <translation>Save settings</translation>
    </message>
    <message>
      <source>Legg til sats</source>
      <translation>Add rate</translation>
    </message>
    <message>
      <source>Purreplan</source>
      <translation>Reminder plan</translation>
    </message>
    <message>
      <source>Innstillingene for purring er lagret.</source>
      <translation>The reminder settings have been saved.</translation>
    </message>
    <message>
      <source>Satsen er lagt inn.</source>
      <translation>The rate has been added.</translation>
    </message>
    <message>
      <source>Purrekjøring</source>
      <translation>Reminder run</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Kjøringsdato</source>
      <translation>Run date</translation>
    </message>
    <message>
      <source>{plan} (første {a} dager etter forfall, deretter hver {b}. dag)</source>
      <translation>{plan} (first {a} days after the due date, then every {b} days)</translation>
    </message>
    <message>
      <source>Forhåndsvisning</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Stansede krav (hoppes over):</source>
      <translation>Claims on hold (skipped):</translation>
    </message>
    <message>
      <source>Lag purringer</source>
      <translation>Create reminders</translation>
    </message>
    <message>
      <source>Planlegger purringer …</source>
      <translation>Planning reminders …</translation>
    </message>
    <message>
      <source>{n} brev ({p} purringer, {i} inkassovarsel): gebyr {f}, renter {r}, til sammen {t}. Ingenting er lagret ennå.</source>
      <translation>{n} letters ({p} reminders, {i} debt collection notices): fees {f}, interest {r}, total {t}. Nothing has been saved yet.</translation>
    </message>
    <message>
      <source> Standardkompensasjon (§ 3a): {c}.</source>
      <translation> Standard compensation (§ 3a): {c}.</translation>
    </message>
    <message>
      <source>  kompensasjon {c}</source>
      <translation>  compensation {c}</translation>
    </message>
    <message>
      <source>faktura {inv}  gebyr {f}  renter {i}  sum {t}</source>
      <translation>invoice {inv}  fee {f}  interest {i}  total {t}</translation>
    </message>
    <message>
      <source>Faktura {n} ({c} {name}) til {u}: {reason}</source>
      <translation>Invoice {n} ({c} {name}) until {u}: {reason}</translation>
    </message>
    <message>
      <source>Ingen purringer å lage.</source>
      <translation>No reminders to create.</translation>
    </message>
    <message>
      <source>Lager purringer …</source>
      <translation>Creating reminders …</translation>
    </message>
    <message>
      <source>Laget {n} purringer ({f}–{l}): {e} på e-post, {p} til utskrift.</source>
      <translation>Created {n} reminders ({f}–{l}): {e} by email, {p} to print.</translation>
    </message>
    <message>
      <source> {h} går med EHF (Innstillinger › Kanaler).</source>
      <translation> {h} go by EHF (Settings › Channels).</translation>
    </message>
    <message>
      <source>Vis</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Lagre PDF …</source>
      <translation>Save PDF …</translation>
    </message>
    <message>
      <source>Send på e-post</source>
      <translation>Send by email</translation>
    </message>
    <message>
      <source>Velg medlem og dato over og trykk «Vis» for å se kontoutskriften.</source>
      <translation>Choose member and date above and press “Show” to see the statement.</translation>
    </message>
    <message>
      <source>Medlem</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>Per dato</source>
      <translation>As of</translation>
    </message>
    <message>
      <source>Velg et medlem (søk på navn, kundenr., e-post eller telefon).</source>
      <translation>Choose a member (search by name, customer no., email or phone).</translation>
    </message>
    <message>
      <source>Saldo per {d}: {t}</source>
      <translation>Balance as of {d}: {t}</translation>
    </message>
    <message>
      <source>Kontoutskriften er lagret i {p}.</source>
      <translation>The statement has been saved in {p}.</translation>
    </message>
    <message>
      <source>Kontoutskrift for {m}</source>
      <translation>Statement for {m}</translation>
    </message>
    <message>
      <source>Kontoutskriften er sendt til {m}.</source>
      <translation>The statement has been sent to {m}.</translation>
    </message>
    <message>
      <source>Medlemmet har ingen e-postadresse; lagre PDF og skriv den ut.</source>
      <translation>The member has no email address; save the PDF and print it.</translation>
    </message>
    <message>
      <source>Kontoutskriften ble ikke sendt: {e}</source>
      <translation>The statement was not sent: {e}</translation>
    </message>
    <message>
      <source>Faktura</source>
      <translation>Invoice</translation>
    </message>
    <message>
      <source>Kundenr.</source>
      <translation>Customer no.</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Forfall</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Hovedstol</source>
      <translation>Principal</translation>
    </message>
    <message>
      <source>Gebyr</source>
      <translation>Fee</translation>
    </message>
    <message>
      <source>Renter</source>
      <translation>Interest</translation>
    </message>
    <message>
      <source>Kompensasjon</source>
      <translation>Compensation</translation>
    </message>
    <message>
      <source>Åpent</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Stans</source>
      <translation>Hold</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Sum</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Sendt</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Sats</source>
      <translation>Rate</translation>
    </message>
    <message>
      <source>Fra</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Til</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Verdi</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Merknad</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>KID</source>
      <translation>KID</translation>
    </message>
    <message>
      <source>Gjelder</source>
      <translation>Relates to</translation>
    </message>
    <message>
      <source>Beløp</source>
      <translation>Amount</translation>
    </message>
  </context>
  <context>
    <name>RetentionStatus</name>
    <message>
      <source>Slettefrister: sjekkes …</source>
      <translation>Retention rules: checking …</translation>
    </message>
    <message>
      <source>Slettefrister: kunne ikke sjekkes</source>
      <translation>Retention rules: could not be checked</translation>
    </message>
    <message>
      <source>Slettefrister: {n} forfalt</source>
      <translation>Retention rules: {n} due</translation>
    </message>
    <message>
      <source>Klikk for å se hva som skal slettes eller pseudonymiseres.</source>
      <translation>Click to see what will be deleted or pseudonymised.</translation>
    </message>
    <message>
      <source>Slettefrister: ingen forfalt</source>
      <translation>Retention rules: none due</translation>
    </message>
    <message>
      <source>Sjekkes ved oppstart, én gang i døgnet og når endringer har roet seg.</source>
      <translation>Checked at start-up, once a day and when changes have settled.</translation>
    </message>
    <message>
      <source>Slettefrister</source>
      <translation>Retention rules</translation>
    </message>
    <message>
      <source>Dette er forfalt etter slettereglene og vil bli gjort:</source>
      <translation>This is due under the retention rules and will be done:</translation>
    </message>
    <message>
      <source>Utfør nå</source>
      <translation>Run now</translation>
    </message>
    <message>
      <source>Bare en administrator kan utføre det.</source>
      <translation>Only an administrator can do that.</translation>
    </message>
    <message>
      <source>Senere</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Utført: {n} handling(er).</source>
      <translation>Done: {n} action(s).</translation>
    </message>
  </context>
  <context>
    <name>SectionsBox</name>
    <message>
      <source>Deler av programmet organisasjonen bruker</source>
      <translation>Parts of the program the organisation uses</translation>
    </message>
    <message>
      <source>Bruk</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Oversikt og Innstillinger vises alltid. Ingenting slettes.</source>
      <translation>Overview and Settings are always shown. Nothing is deleted.</translation>
    </message>
    <message>
      <source>Lagret. Skjult: {0}</source>
      <translation>Saved. Hidden: {0}</translation>
    </message>
    <message>
      <source>ingen</source>
      <translation>none</translation>
    </message>
  </context>
  <context>
    <name>SecurityBanner</name>
    <message>
      <source>Sikkerhetsvarsel: brukerlisten er endret uten en administrators signatur.</source>
      <translation>Security alert: the user list has been changed without an administrator's signature.</translation>
    </message>
    <message>
      <source>Hendelsen er logget. En administrator kontrollerer og godkjenner eller fjerner endringen under Innstillinger › Brukere. Til da åpnes berørte brukere bare med lesetilgang.</source>
      <translation>The event has been logged. An administrator checks and approves or removes the change under Settings › Users. Until then, affected users are opened with read-only access.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Rollen din har ingen innstillinger å endre.</source>
      <translation>Your role has no settings to change.</translation>
    </message>
    <message>
      <source>Noen faner kunne ikke lastes: {0}</source>
      <translation>Some tabs could not be loaded: {0}</translation>
    </message>
    <message>
      <source>Fanen kunne ikke lastes: {0}</source>
      <translation>The tab could not be loaded: {0}</translation>
    </message>
  </context>
  <context>
    <name>StartDialog</name>
    <message>
      <source>KontoPronto – åpne eller opprett regnskapsfil</source>
      <translation>KontoPronto – open or create an accounting file</translation>
    </message>
    <message>
      <source>Åpne regnskapsfil</source>
      <translation>Open accounting file</translation>
    </message>
    <message>
      <source>Ny regnskapsfil</source>
      <translation>New accounting file</translation>
    </message>
    <message>
      <source>&lt;h2&gt;KontoPronto&lt;/h2&gt;Regnskapet ditt ligger kryptert i én fil på denne maskinen.</source>
      <translation>&lt;h2&gt;KontoPronto&lt;/h2&gt;Your accounts are kept encrypted in one file on this computer.</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Velkommen&lt;/h3&gt;&lt;p&gt;Lag en ny regnskapsfil for organisasjonen din, eller se deg rundt i et eksempel med oppdiktede medlemmer, fakturaer og innbetalinger først.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Create a new accounting file for your organisation, or first look around in an example with made-up members, invoices and payments.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Prøv med eksempeldata</source>
      <translation>Try with example data</translation>
    </message>
    <message>
      <source>Åpne en fil jeg har …</source>
      <translation>Open a file I have …</translation>
    </message>
    <message>
      <source>Eksempelfilen lagres i {0}. Passordet er «{1}».</source>
      <translation>The example file is saved in {0}. The password is “{1}”.</translation>
    </message>
    <message>
      <source>kunne ikke lage filen: {0}</source>
      <translation>could not create the file: {0}</translation>
    </message>
    <message>
      <source>Bla gjennom …</source>
      <translation>Browse …</translation>
    </message>
    <message>
      <source>Jeg har glemt passordet og bruker gjenopprettingsnøkkelen</source>
      <translation>I forgot the passphrase and use the recovery key</translation>
    </message>
    <message>
      <source>Husk nøkkelen på denne maskinen (nøkkelring)</source>
      <translation>Remember the key on this computer (keyring)</translation>
    </message>
    <message>
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Passord</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Åpne</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Sjekker om denne maskinen har en nøkkelring …</source>
      <translation>Checking whether this computer has a keyring …</translation>
    </message>
    <message>
      <source>Ingen nøkkelring finnes på denne maskinen; passordet må skrives hver gang.</source>
      <translation>There is no keyring on this computer; the passphrase must be typed every time.</translation>
    </message>
    <message>
      <source>KontoPronto-regnskapsfil (*.kpdb);;Alle filer (*)</source>
      <translation>KontoPronto accounting file (*.kpdb);;All files (*)</translation>
    </message>
    <message>
      <source>velg en regnskapsfil</source>
      <translation>choose an accounting file</translation>
    </message>
    <message>
      <source>9 siffer</source>
      <translation>9 digits</translation>
    </message>
    <message>
      <source>11 siffer</source>
      <translation>11 digits</translation>
    </message>
    <message>
      <source>standard: {0}</source>
      <translation>default: {0}</translation>
    </message>
    <message>
      <source>Velg …</source>
      <translation>Choose …</translation>
    </message>
    <message>
      <source>Organisasjonens navn</source>
      <translation>Organisation's name</translation>
    </message>
    <message>
      <source>Organisasjonsnummer</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <source>Kontonummer</source>
      <translation>Bank account number</translation>
    </message>
    <message>
      <source>Passord (minst {0} tegn)</source>
      <translation>Passphrase (at least {0} characters)</translation>
    </message>
    <message>
      <source>Gjenta passordet</source>
      <translation>Repeat the passphrase</translation>
    </message>
    <message>
      <source>Opprett</source>
      <translation>Create</translation>
    </message>
    <message>
      <source>KontoPronto-regnskapsfil (*.kpdb)</source>
      <translation>KontoPronto accounting file (*.kpdb)</translation>
    </message>
    <message>
      <source>filen finnes allerede; velg et annet navn</source>
      <translation>the file already exists; choose another name</translation>
    </message>
    <message>
      <source>passordet må ha minst {0} tegn</source>
      <translation>the passphrase must have at least {0} characters</translation>
    </message>
    <message>
      <source>passordene er ikke like</source>
      <translation>the passphrases do not match</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Gjenopprettingsnøkkel&lt;/h3&gt;&lt;p&gt;Regnskapsfilen er opprettet. Hvis du glemmer passordet, er denne nøkkelen den eneste måten å åpne filen på. Skriv den ut eller skriv den ned, og oppbevar den trygt. &lt;b&gt;Den vises bare denne ene gangen.&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Recovery key&lt;/h3&gt;&lt;p&gt;The accounting file has been created. If you forget the passphrase, this key is the only way to open the file. Print it or write it down and keep it safe. &lt;b&gt;It is shown only this once.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Kopier</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Skriv ut …</source>
      <translation>Print …</translation>
    </message>
    <message>
      <source>Jeg har tatt vare på nøkkelen</source>
      <translation>I have kept the key safe</translation>
    </message>
    <message>
      <source>Fortsett</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>&lt;h2&gt;KontoPronto – gjenopprettingsnøkkel&lt;/h2&gt;&lt;p&gt;Organisasjon: {0}&lt;br&gt;Fil: {1}&lt;/p&gt;&lt;p style='font-size:18pt; font-family:monospace'&gt;{2}&lt;/p&gt;&lt;p&gt;Oppbevar arket trygt. Med nøkkelen kan regnskapsfilen åpnes uten passord.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;KontoPronto – recovery key&lt;/h2&gt;&lt;p&gt;Organisation: {0}&lt;br&gt;File: {1}&lt;/p&gt;&lt;p style='font-size:18pt; font-family:monospace'&gt;{2}&lt;/p&gt;&lt;p&gt;Keep this sheet safe. With the key the accounting file can be opened without the passphrase.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>TableKit</name>
    <message>
      <source>Eksporter til Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Excel-arbeidsbok (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Kopier</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Eksporter til Excel …</source>
      <translation>Export to Excel …</translation>
    </message>
  </context>
  <context>
    <name>UserGuideDialog</name>
    <message>
      <source>Brukerveiledning</source>
      <translation>User guide</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>Legg til bruker</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>Fjern valgt bruker</source>
      <translation>Remove selected user</translation>
    </message>
    <message>
      <source>Gi valgt bruker rollen over (med nytt passord)</source>
      <translation>Give the selected user the role above (with a new password)</translation>
    </message>
    <message>
      <source>Brukernavn</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Passord</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Gjenta passord</source>
      <translation>Repeat password</translation>
    </message>
    <message>
      <source>Hver bruker har sitt eget passord som åpner den samme krypterte regnskapsfilen. Rollen håndheves i programmet: regnskapsfører kan ikke endre brukere, innstillinger eller slette personopplysninger; lesetilgang kan ikke endre noe.</source>
      <translation>Each user has their own password that opens the same encrypted accounting file. The role is enforced by the program: an accountant cannot change users, settings or delete personal data; read access cannot change anything.</translation>
    </message>
    <message>
      <source>Godkjenn brukerlisten slik den er nå</source>
      <translation>Approve the user list as it is now</translation>
    </message>
    <message>
      <source>Sikkerhetslogg (oppbevares i 3 år)</source>
      <translation>Security log (kept for 3 years)</translation>
    </message>
    <message>
      <source>Bare en administrator kan endre brukere.</source>
      <translation>Only an administrator can change users.</translation>
    </message>
    <message>
      <source>Sikkerhetsvarsel fra åpningen (logget):</source>
      <translation>Security alert on opening (logged):</translation>
    </message>
    <message>
      <source>Fjern brukere som ikke skal være der. Å legge til eller fjerne en bruker, eller å godkjenne, signerer hele listen slik den da er.</source>
      <translation>Remove users who should not be there. Adding or removing a user, or approving, signs the whole list as it then is.</translation>
    </message>
    <message>
      <source>Passordene er ikke like.</source>
      <translation>The passwords do not match.</translation>
    </message>
    <message>
      <source>Fjerne brukeren «{0}» ({1})? Passordet til brukeren slutter å virke.</source>
      <translation>Remove the user “{0}” ({1})? The user's passphrase stops working.</translation>
    </message>
    <message>
      <source>Fjern bruker</source>
      <translation>Remove user</translation>
    </message>
    <message>
      <source>Fjern</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Brukere</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Velg brukeren i listen først.</source>
      <translation>Select the user in the list first.</translation>
    </message>
    <message>
      <source>{0} har nå rollen {1}. Gi brukeren det nye passordet; det gamle virker ikke lenger.</source>
      <translation>{0} now has the role {1}. Give the user the new password; the old one no longer works.</translation>
    </message>
    <message>
      <source>åpnet</source>
      <translation>opened</translation>
    </message>
    <message>
      <source>mislykket åpning</source>
      <translation>failed opening</translation>
    </message>
    <message>
      <source>sikkerhetsvarsel</source>
      <translation>security alert</translation>
    </message>
    <message>
      <source>brukerliste godkjent</source>
      <translation>user list approved</translation>
    </message>
    <message>
      <source>innsyn</source>
      <translation>access report</translation>
    </message>
    <message>
      <source>bruker lagt til</source>
      <translation>user added</translation>
    </message>
    <message>
      <source>bruker fjernet</source>
      <translation>user removed</translation>
    </message>
    <message>
      <source>Bruker</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Tidspunkt (UTC)</source>
      <translation>Time (UTC)</translation>
    </message>
    <message>
      <source>Hendelse</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Detaljer</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>WriteOffDialog</name>
    <message>
      <source>Avskriv faktura {n} som tap</source>
      <translation>Write off invoice {n} as a bad debt</translation>
    </message>
    <message>
      <source>Alt som gjenstår: {a}</source>
      <translation>Everything outstanding: {a}</translation>
    </message>
    <message>
      <source>Et beløp:</source>
      <translation>An amount:</translation>
    </message>
    <message>
      <source>Tilbakefør avskrivningen ({a} står igjen som fordring)</source>
      <translation>Reverse the write-off ({a} stands as a receivable again)</translation>
    </message>
    <message>
      <source>f.eks. konkurs, ukjent adresse, foreldet</source>
      <translation>e.g. bankruptcy, unknown address, time-barred</translation>
    </message>
    <message>
      <source>Avskriv</source>
      <translation>Write off</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Begrunnelse</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Tap på fordring: fakturaen står som utstedt (ingen kreditnota), men beløpet regnes ikke lenger som utestående. Betaler kunden senere, føres innbetalingen som inngått tidligere avskrevet fordring.</source>
      <translation>Bad debt write-off: the invoice stays issued (no credit note), but the amount no longer counts as outstanding. If the customer pays later, the payment is recorded as a recovery of a previously written-off receivable.</translation>
    </message>
    <message>
      <source>Kunde: {0} (kundenr. {1})</source>
      <translation>Customer: {0} (customer no. {1})</translation>
    </message>
  </context>
  <context>
    <name>sections</name>
    <message>
      <source>Oversikt</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Medlemmer</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>Produkter</source>
      <translation>Products</translation>
    </message>
    <message>
      <source>Fakturaer</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <source>Innbetalinger</source>
      <translation>Payments</translation>
    </message>
    <message>
      <source>Konsern</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Personvern</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <source>Innstillinger</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Organisasjon</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Fakturering</source>
      <translation>Invoicing</translation>
    </message>
    <message>
      <source>E-post</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Sikkerhetskopi</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Brukere</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Purring</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <source>Regnskap</source>
      <translation>Accounting</translation>
    </message>
    <message>
      <source>Kanaler</source>
      <translation>Channels</translation>
    </message>
    <message>
      <source>Mitt passord</source>
      <translation>My password</translation>
    </message>
    <message>
      <source>Kontroll</source>
      <translation>Integrity check</translation>
    </message>
  </context>
</TS>
