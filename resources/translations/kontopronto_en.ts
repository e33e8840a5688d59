<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
  <context>
    <name>App</name>
    <message>
      <source>Butikken kunne ikke åpnes: {0}</source>
      <translation>The store could not be opened: {0}</translation>
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
    <name>EmailSettings</name>
    <message>
      <source>Ingen (bare lokal server)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plassholdere: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lagre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP-server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sikkerhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brukernavn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passord</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avsendernavn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avsenderadresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emne</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Melding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lagret – la stå tomt for å beholde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ikke lagret: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-postinnstillingene er lagret.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvoicesPage</name>
    <message>
      <source>utkast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kreditnota</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Faktura</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-post sendt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-post feilet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ikke sendt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alle statuser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Søk i navn, kundenr., fakturanr. eller KID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ny faktura …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fakturakjøring …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Krediter …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Åpne PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send valgt på e-post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send alle usendte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF-er for kjøringen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Velg mappe for PDF-ene</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} fakturaer – sum kr {total} – utestående kr {rem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uventet feil: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lager PDF-er …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} PDF-er i {d}. Samlet fil for utskrift: {m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sender fakturaer på e-post …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sendt: {s}. Uten e-post (til utskrift): {p}. Feilet: {f}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Faktura {n} ({e}): {r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ny faktura</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>produktets pris</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legg til linje</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utsted faktura</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kundenummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Produkt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Antall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pris per enhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Linjer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fakturadato</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forfallsdato</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kreditnota for faktura {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lag kreditnota</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beløp å kreditere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Årsak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>En utstedt faktura kan ikke endres eller slettes; den rettes med en kreditnota som får sitt eget nummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fakturakjøring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Periode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dager til forfall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utvalg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alle aktive medlemmer, alle standardprodukter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bare produktet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bare betalingsmåten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forhåndsvisning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kjør fakturering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} fakturaer, totalt kr {t}, forfall {d}. {p} skal skrives ut (mangler e-post). Ingenting er lagret ennå.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ingen fakturaer å lage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lager fakturaer …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fakturakjøring {b}: {n} fakturaer ({f}–{l}), totalt kr {t}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InvoicingSettings</name>
    <message>
      <source> dager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MOD10 (anbefalt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MOD11</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registrert i Foretaksregisteret (skrives på fakturaen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Velg logo …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lagre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forfall etter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>KID-type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>KID-lengde (sifre)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sifre til kundenummer i KID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tekst nederst på fakturaen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Velg logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bilder (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ikke lagret: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Innstillingene for fakturering er lagret.</source>
      <translation type="unfinished" />
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
      <source>&amp;Ny butikk …</source>
      <translation>&amp;New store …</translation>
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
      <source>&amp;Medlem</source>
      <translation>&amp;Member</translation>
    </message>
    <message>
      <source>&amp;Nytt medlem …</source>
      <translation>&amp;New member …</translation>
    </message>
    <message>
      <source>&amp;Søk</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <source>&amp;Hjelp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Om KontoPronto</source>
      <translation>&amp;About KontoPronto</translation>
    </message>
    <message>
      <source>Om KontoPronto</source>
      <translation>About KontoPronto</translation>
    </message>
    <message>
      <source>&lt;h3&gt;KontoPronto Desktop&lt;/h3&gt;&lt;p&gt;Medlemsregister, fakturering med KID, innbetalinger og konsernregnskap for norske foretak og foreninger.&lt;/p&gt;&lt;p&gt;Alt lagres kryptert i én fil på din egen maskin.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;KontoPronto Desktop&lt;/h3&gt;&lt;p&gt;Member register, invoicing with KID, payments and group accounts for Norwegian businesses and clubs.&lt;/p&gt;&lt;p&gt;Everything is stored encrypted in one file on your own computer.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Låst for skriving av dette vinduet</source>
      <translation>Locked for writing by this window</translation>
    </message>
    <message>
      <source>Andre vinduer og programmer kan ikke åpne butikken mens den er åpen her.</source>
      <translation>Other windows and programs cannot open the store while it is open here.</translation>
    </message>
    <message>
      <source>Bruker: {0} ({1})</source>
      <translation>User: {0} ({1})</translation>
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
  </context>
  <context>
    <name>MemberImport</name>
    <message>
      <source>Velg fil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV (UTF-8 eller Windows-1252, komma eller semikolon) eller Excel (.xlsx). Medlemmene kobles på kundenummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bla gjennom …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Velg medlemsliste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medlemslister (*.csv *.txt *.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kolonner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sjekk hvilket felt hver kolonne i filen skal til. Kundenr og Navn må være med.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kolonne i filen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eksempel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Felt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(ikke i bruk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feltet «{f}» er valgt for flere kolonner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forhåndsvisning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ingenting er lagret ennå.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{new} nye, {changed} endrede, {unchanged} uendrede, {missing} mangler i filen, {invalid} ugyldige rader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nye medlemmer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Endringer (gammelt → nytt):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mangler i filen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ugyldige rader:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rad {row}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avslutt de {n} medlemmene som mangler i filen (sluttdato i dag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importer de gyldige radene og hopp over de {n} ugyldige</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importer medlemmer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Neste &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt; Tilbake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importert: {c} nye, {u} endret, {e} avsluttet, {s} ugyldige hoppet over.</source>
      <translation type="unfinished" />
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
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Kan ikke slette</source>
      <translation>Cannot delete</translation>
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
    <name>PrivacyPage</name>
    <message>
      <source>Innsyn og sletting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slettefrister</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Søk etter navn, kundenummer, e-post eller telefon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eksporter innsyn (ZIP) …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slett …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>  (sperret)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bare en administrator kan slette personopplysninger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alt som er lagret om medlemmet:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planlagt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lagre innsyn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Innsyn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slette personopplysninger?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fortsette?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kan ikke slettes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sletting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slettet. Se revisjonsloggen for hva som ble gjort.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Når</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hva</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kjørt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Per dato</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handlinger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bare vis hva som ville skjedd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bare en administrator kan utføre slettefrister.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kjør slettefrister</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planlagt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dato:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kjørelogg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ville gjort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utført</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>handling(er)</source>
      <translation type="unfinished" />
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
  </context>
  <context>
    <name>RetentionStatus</name>
    <message>
      <source>Slettefrister: {n} forfalt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Klikk for å se hva som skal slettes eller pseudonymiseres.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slettefrister: ingen forfalt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sjekkes ved oppstart og én gang i døgnet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slettefrister</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dette er forfalt etter slettereglene og vil bli gjort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utfør nå</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bare en administrator kan utføre det.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Senere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utført: {n} handling(er).</source>
      <translation type="unfinished" />
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
  </context>
  <context>
    <name>StartDialog</name>
    <message>
      <source>KontoPronto – åpne eller opprett butikk</source>
      <translation>KontoPronto – open or create a store</translation>
    </message>
    <message>
      <source>Åpne butikk</source>
      <translation>Open store</translation>
    </message>
    <message>
      <source>Ny butikk</source>
      <translation>New store</translation>
    </message>
    <message>
      <source>&lt;h2&gt;KontoPronto&lt;/h2&gt;Regnskapet ditt ligger kryptert i én fil på denne maskinen.</source>
      <translation>&lt;h2&gt;KontoPronto&lt;/h2&gt;Your accounts are kept encrypted in one file on this computer.</translation>
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
      <source>Ingen nøkkelring finnes på denne maskinen; passordet må skrives hver gang.</source>
      <translation>There is no keyring on this computer; the passphrase must be typed every time.</translation>
    </message>
    <message>
      <source>KontoPronto-butikk (*.kpdb);;Alle filer (*)</source>
      <translation>KontoPronto store (*.kpdb);;All files (*)</translation>
    </message>
    <message>
      <source>velg en butikkfil</source>
      <translation>choose a store file</translation>
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
      <source>KontoPronto-butikk (*.kpdb)</source>
      <translation>KontoPronto store (*.kpdb)</translation>
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
      <source>kunne ikke lage filen: {0}</source>
      <translation>could not create the file: {0}</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Gjenopprettingsnøkkel&lt;/h3&gt;&lt;p&gt;Butikken er opprettet. Hvis du glemmer passordet, er denne nøkkelen den eneste måten å åpne filen på. Skriv den ut eller skriv den ned, og oppbevar den trygt. &lt;b&gt;Den vises bare denne ene gangen.&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Recovery key&lt;/h3&gt;&lt;p&gt;The store has been created. If you forget the passphrase, this key is the only way to open the file. Print it or write it down and keep it safe. &lt;b&gt;It is shown only this once.&lt;/b&gt;&lt;/p&gt;</translation>
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
      <source>&lt;h2&gt;KontoPronto – gjenopprettingsnøkkel&lt;/h2&gt;&lt;p&gt;Organisasjon: {0}&lt;br&gt;Fil: {1}&lt;/p&gt;&lt;p style='font-size:18pt; font-family:monospace'&gt;{2}&lt;/p&gt;&lt;p&gt;Oppbevar arket trygt. Med nøkkelen kan butikken åpnes uten passord.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;KontoPronto – recovery key&lt;/h2&gt;&lt;p&gt;Organisation: {0}&lt;br&gt;File: {1}&lt;/p&gt;&lt;p style='font-size:18pt; font-family:monospace'&gt;{2}&lt;/p&gt;&lt;p&gt;Keep this sheet safe. With the key the store can be opened without the passphrase.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>Bruker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rolle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legg til bruker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fjern valgt bruker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brukernavn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passord</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gjenta passord</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hver bruker har sitt eget passord som åpner den samme krypterte butikken. Rollen håndheves i programmet: regnskapsfører kan ikke endre brukere, innstillinger eller slette personopplysninger; lesetilgang kan ikke endre noe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bare en administrator kan endre brukere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passordene er ikke like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brukere</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sections</name>
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
  </context>
</TS>
