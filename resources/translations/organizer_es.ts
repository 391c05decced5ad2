<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add documents…</source>
        <translation>&amp;Agregar documentos…</translation>
    </message>
    <message>
        <source>&amp;Print status sheet…</source>
        <translation>&amp;Imprimir la hoja de estado…</translation>
    </message>
    <message>
        <source>&amp;Save status sheet as PDF…</source>
        <translation>&amp;Guardar la hoja de estado como PDF…</translation>
    </message>
    <message>
        <source>&amp;Export deadlines to calendar…</source>
        <translation>&amp;Exportar las fechas límite al calendario…</translation>
    </message>
    <message>
        <source>Print &amp;timeline…</source>
        <translation>Imprimir la línea de &amp;tiempo…</translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation>&amp;Datos del caso…</translation>
    </message>
    <message>
        <source>Open another &amp;case…</source>
        <translation>Abrir otro &amp;caso…</translation>
    </message>
    <message>
        <source>The case folder &amp;moved…</source>
        <translation>La carpeta del caso se &amp;movió…</translation>
    </message>
    <message>
        <source>&amp;Back up case…</source>
        <translation>Hacer una copia de &amp;seguridad del caso…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Remo&amp;ve case from the organizer…</source>
        <translation>&amp;Quitar el caso del organizador…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer el borrado</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Add to the &amp;log…</source>
        <translation>Agregar al &amp;registro…</translation>
    </message>
    <message>
        <source>Lin&amp;k the chosen document to…</source>
        <translation>&amp;Vincular el documento elegido a…</translation>
    </message>
    <message>
        <source>Record a &amp;call…</source>
        <translation>Anotar una &amp;llamada…</translation>
    </message>
    <message>
        <source>Make a &amp;packet to send…</source>
        <translation>&amp;Hacer un paquete para enviar…</translation>
    </message>
    <message>
        <source>&amp;Prepare a call…</source>
        <translation>Pr&amp;eparar una llamada…</translation>
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation>Escribir una &amp;carta…</translation>
    </message>
    <message>
        <source>Add a &amp;question…</source>
        <translation>Agregar una &amp;pregunta…</translation>
    </message>
    <message>
        <source>Language / Idioma…</source>
        <translation>Idioma / Language…</translation>
    </message>
    <message>
        <source>A short guide…</source>
        <translation>Una guía breve…</translation>
    </message>
    <message>
        <source>Medicare: home infusion therapy services</source>
        <translation>Medicare: servicios de terapia de infusión en casa (en inglés)</translation>
    </message>
    <message>
        <source>CMS: home infusion therapy benefit, frequently asked questions</source>
        <translation>CMS: beneficio de terapia de infusión en casa, preguntas frecuentes (en inglés)</translation>
    </message>
    <message>
        <source>About this organizer…</source>
        <translation>Acerca de este organizador…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Write down a call</source>
        <translation>Anotar una llamada</translation>
    </message>
    <message>
        <source>Change a call</source>
        <translation>Cambiar una llamada</translation>
    </message>
    <message>
        <source>Fill in what you can while you talk; you can change it later.</source>
        <translation>Anote lo que pueda mientras habla; puede cambiarlo después.</translation>
    </message>
    <message>
        <source>MMM d, yyyy h:mm AP</source>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy, H:mm</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>When the call was</source>
        <translation>Cuándo fue la llamada</translation>
    </message>
    <message>
        <source>Office or company:</source>
        <translation>Oficina o empresa:</translation>
    </message>
    <message>
        <source>Who you called</source>
        <translation>A quién llamó</translation>
    </message>
    <message>
        <source>Person you spoke to:</source>
        <translation>Persona con quien habló:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>Número de teléfono:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Número de referencia:</translation>
    </message>
    <message>
        <source>The call or case number they gave you, if any</source>
        <translation>El número de llamada o de caso que le dieron, si hay</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Qué se dijo:</translation>
    </message>
    <message>
        <source>Call back on:</source>
        <translation>Volver a llamar el:</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>They asked for something new</source>
        <translation>Pidieron algo nuevo</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Qué pidieron</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Item asked for</source>
        <translation>Documento que pidieron</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>En sus palabras:</translation>
    </message>
    <message>
        <source>What exactly they asked for</source>
        <translation>Qué pidieron exactamente</translation>
    </message>
    <message>
        <source>From the call with {0} on {1}</source>
        <translation>De la llamada con {0} el {1}</translation>
    </message>
    <message>
        <source>them</source>
        <translation>ellos</translation>
    </message>
    <message>
        <source> (reference {0})</source>
        <translation> (referencia {0})</translation>
    </message>
</context>
<context>
    <name>CalmDialog</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>The folder of this case can&apos;t be found:
{0}

If you moved or renamed it, show the organizer where it is now; your log and notes stay with the case. If it is on a drive that is not plugged in, plug it in and the organizer will carry on by itself.</source>
        <translation>No se encuentra la carpeta de este caso:
{0}

Si la movió o le cambió el nombre, muéstrele al organizador dónde está ahora; su registro y sus notas se quedan con el caso. Si está en una unidad que no está conectada, conéctela y el organizador seguirá solo.</translation>
    </message>
    <message>
        <source>The case folder can&apos;t be found</source>
        <translation>No se encuentra la carpeta del caso</translation>
    </message>
    <message>
        <source>Show where it is now…</source>
        <translation>Mostrar dónde está ahora…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Where is the folder of this case now?</source>
        <translation>¿Dónde está ahora la carpeta de este caso?</translation>
    </message>
    <message>
        <source>Looking for the documents in {0}…</source>
        <translation>Buscando los documentos en {0}…</translation>
    </message>
    <message>
        <source>Save a backup of the case</source>
        <translation>Guardar una copia de seguridad del caso</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was saved to:
{0}

It holds the log, the calls, the questions and the fingerprints of {1} document(s). The documents themselves stay in the case folder; keep your own copy of that folder too.</source>
        <translation>La copia de seguridad se guardó en:
{0}

Contiene el registro, las llamadas, las preguntas y las huellas de {1} documento(s). Los documentos mismos se quedan en la carpeta del caso; guarde también su propia copia de esa carpeta.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Choose the folder with the papers of the restored case</source>
        <translation>Elija la carpeta con los papeles del caso restaurado</translation>
    </message>
    <message>
        <source>Remove “{0}” from the organizer?

The organizer forgets this case: its log, calls, questions and what it learned from the documents.

The documents in {1} stay where they are. They are never deleted.

If you may want the log back, make a backup first (File &gt; Back up case…).</source>
        <translation>¿Quitar “{0}” del organizador?

El organizador olvida este caso: su registro, llamadas, preguntas y lo que aprendió de los documentos.

Los documentos de {1} se quedan donde están. Nunca se borran.

Si tal vez quiere recuperar el registro, haga primero una copia de seguridad (Archivo &gt; Hacer una copia de seguridad del caso…).</translation>
    </message>
    <message>
        <source>Remove case</source>
        <translation>Quitar el caso</translation>
    </message>
    <message>
        <source>Remove from the organizer</source>
        <translation>Quitar del organizador</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>Added to the log.</source>
        <translation>Agregado al registro.</translation>
    </message>
    <message>
        <source>Appeal added to the log, due on the appeal date.</source>
        <translation>Apelación agregada al registro, con vencimiento en la fecha límite de la apelación.</translation>
    </message>
    <message>
        <source>Noted: not appealing. The denial is off the missing list.</source>
        <translation>Anotado: no va a apelar. La negación sale de la lista de lo que falta.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Vinculado.</translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation>Llamada guardada.</translation>
    </message>
    <message>
        <source>Question saved.</source>
        <translation>Pregunta guardada.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Aceptado.</translation>
    </message>
    <message>
        <source>Dismissed. It won&apos;t be suggested again for this document.</source>
        <translation>Descartado. No se volverá a sugerir para este documento.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>Kind saved. Automatic sorting will not change it.</source>
        <translation>Tipo guardado. La clasificación automática no lo cambiará.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan de seguro</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Número de miembro</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Provider office</source>
        <translation>Consultorio del médico</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>Open another case</source>
        <translation>Abrir otro caso</translation>
    </message>
    <message>
        <source>Each case is one folder of papers. Choose the case to open, or choose a folder to start a new case for it.</source>
        <translation>Cada caso es una carpeta de papeles. Elija el caso que quiere abrir, o elija una carpeta para empezar un caso nuevo con ella.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Cargando los casos…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>{0} (open now)</source>
        <translation>{0} (abierto ahora)</translation>
    </message>
    <message>
        <source>⚠ can&apos;t be found: {0}</source>
        <translation>⚠ no se encuentra: {0}</translation>
    </message>
    <message>
        <source>No other cases yet. Choose a folder to start one.</source>
        <translation>Todavía no hay otros casos. Elija una carpeta para empezar uno.</translation>
    </message>
    <message>
        <source>Double-click a case, or select it and press Open.</source>
        <translation>Haga doble clic en un caso, o selecciónelo y presione Abrir.</translation>
    </message>
    <message>
        <source>The list of cases could not be loaded: {0}</source>
        <translation>No se pudo cargar la lista de casos: {0}</translation>
    </message>
    <message>
        <source>Choose the folder with the papers</source>
        <translation>Elija la carpeta con los papeles</translation>
    </message>
</context>
<context>
    <name>ComingUpBox</name>
    <message>
        <source>overdue by {0}</source>
        <translation>con {0} de retraso</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Coming up in the next 7 days</source>
        <translation>En los próximos 7 días</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>and {0} more on the Timeline tab</source>
        <translation>y {0} más en la pestaña Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>DeadlineFeatures</name>
    <message>
        <source>The organizer will start with the computer ({0}).</source>
        <translation>El organizador se abrirá al encender la computadora ({0}).</translation>
    </message>
    <message>
        <source>Starting with the computer could not be set up: {0}</source>
        <translation>No se pudo configurar que se abra al encender la computadora: {0}</translation>
    </message>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>Exportar las fechas límite al calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {0} deadlines to {1}</source>
        <translation>Se escribieron {0} fechas límite en {1}</translation>
    </message>
    <message>
        <source>Print timeline</source>
        <translation>Imprimir la línea de tiempo</translation>
    </message>
</context>
<context>
    <name>DocumentsTable</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>No document matches the search or the filters above.</source>
        <translation>Ningún documento coincide con la búsqueda o los filtros de arriba.</translation>
    </message>
    <message>
        <source>No documents yet.

Drag letters, scans or photos onto this window, or use “Add documents”. Copies are made; your originals stay where they are.</source>
        <translation>Todavía no hay documentos.

Arrastre cartas, escaneos o fotos a esta ventana, o use «Agregar documentos». Se hacen copias; sus originales se quedan donde están.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The organizer keeps running. If it happens again, close it and open it again.</source>
        <translation>El organizador sigue funcionando. Si vuelve a pasar, ciérrelo y ábralo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language / Idioma</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <source>As the computer is set (System / Sistema)</source>
        <translation>Como esté la computadora (Sistema / System)</translation>
    </message>
    <message>
        <source>The organizer will use this language the next time it opens.</source>
        <translation>El organizador usará este idioma la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>An appeal (or a request for a fast review)</source>
        <translation>Una apelación (o una solicitud de revisión acelerada)</translation>
    </message>
    <message>
        <source>A request to the prescriber&apos;s office</source>
        <translation>Una solicitud al consultorio del médico</translation>
    </message>
    <message>
        <source>A request to the plan for your case file</source>
        <translation>Una solicitud al plan de seguro para pedir su expediente</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Escribir una carta</translation>
    </message>
    <message>
        <source>The letter is filled in from your case, for you to edit, complete and sign. It is a template, not legal or coverage advice. It is saved where you choose, never in the case folder.</source>
        <translation>La carta se llena con los datos de su caso, para que usted la cambie, la complete y la firme. Es un modelo, no asesoría legal ni sobre la cobertura. Se guarda donde usted elija, nunca en la carpeta del caso.</translation>
    </message>
    <message>
        <source>&amp;Which letter:</source>
        <translation>&amp;Qué carta:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Sobre qué:</translation>
    </message>
    <message>
        <source>A Word file, to edit (.docx)</source>
        <translation>Un archivo de Word, para cambiarlo (.docx)</translation>
    </message>
    <message>
        <source>A PDF, to print as it is (.pdf)</source>
        <translation>Un PDF, para imprimirlo tal como está (.pdf)</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;Como:</translation>
    </message>
    <message>
        <source>Write it…</source>
        <translation>Escribirla…</translation>
    </message>
    <message>
        <source>Write it</source>
        <translation>Escribirla</translation>
    </message>
</context>
<context>
    <name>LinkDocumentDialog</name>
    <message>
        <source>Link a document</source>
        <translation>Vincular un documento</translation>
    </message>
    <message>
        <source>Which document belongs to “{0}”? The likeliest are at the top.</source>
        <translation>¿Qué documento corresponde a “{0}”? Los más probables están arriba.</translation>
    </message>
    <message>
        <source>Documents to link to {0}</source>
        <translation>Documentos para vincular a {0}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Online portal</source>
        <translation>Portal en línea</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>Agregar al registro</translation>
    </message>
    <message>
        <source>Change a log entry</source>
        <translation>Cambiar una entrada del registro</translation>
    </message>
    <message>
        <source>Only “What it is” is needed. Dates you don&apos;t know can stay “Not set”.</source>
        <translation>Solo hace falta “Qué es”. Las fechas que no sepa pueden quedar “Sin fecha”.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Item from the checklist</source>
        <translation>Documento de la lista</translation>
    </message>
    <message>
        <source>What exactly:</source>
        <translation>Qué exactamente:</translation>
    </message>
    <message>
        <source>For example: signed order for the new dose</source>
        <translation>Por ejemplo: orden firmada para la nueva dosis</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>Cómo va:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Asked for by:</source>
        <translation>Pedido por:</translation>
    </message>
    <message>
        <source>Asked for on:</source>
        <translation>Pedido el:</translation>
    </message>
    <message>
        <source>Who sends it:</source>
        <translation>Quién lo envía:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Vence el:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Enviado el:</translation>
    </message>
    <message>
        <source>Sent how:</source>
        <translation>Cómo se envió:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Enviado a:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Waits for a decision:</source>
        <translation>Espera una decisión:</translation>
    </message>
    <message>
        <source>Whether the plan has to say yes or no to this</source>
        <translation>Si el plan de seguro tiene que decir sí o no a esto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days to wait for it:</source>
        <translation>Días de espera:</translation>
    </message>
    <message>
        <source>Days to wait for the decision</source>
        <translation>Días de espera para la decisión</translation>
    </message>
    <message>
        <source>Used when neither the letters nor the plan&apos;s standard review time say how long the decision takes</source>
        <translation>Se usa cuando ni las cartas ni el plazo normal de revisión del plan de seguro dicen cuánto tarda la decisión</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decidido el:</translation>
    </message>
    <message>
        <source>Renewal reminder:</source>
        <translation>Aviso de renovación:</translation>
    </message>
    <message>
        <source>Days before an approval ends to ask for the renewal</source>
        <translation>Días antes de que termine una aprobación para pedir la renovación</translation>
    </message>
    <message>
        <source>Days before the approval ends to ask for the re-authorization</source>
        <translation>Días antes de que termine la aprobación para pedir la nueva autorización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>As usual for this item ({0})</source>
        <translation>Lo normal para este documento ({0})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Log: asked for and sent</source>
        <translation>&amp;Registro: pedido y enviado</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>To &amp;review</source>
        <translation>Por &amp;revisar</translation>
    </message>
    <message>
        <source>Search the text of all documents…</source>
        <translation>Buscar en el texto de todos los documentos…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Buscar documentos</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Mostrar tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show state</source>
        <translation>Mostrar estado</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Waiting to be read</source>
        <translation>Esperando para leerse</translation>
    </message>
    <message>
        <source>Scans not read</source>
        <translation>Escaneos sin leer</translation>
    </message>
    <message>
        <source>Locked with a password</source>
        <translation>Protegido con contraseña</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>No longer in the folder</source>
        <translation>Ya no está en la carpeta</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Requested and sent log</source>
        <translation>Registro de lo pedido y lo enviado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Drop a letter on an entry to add it to the folder and link it.</source>
        <translation>Suelte una carta sobre una entrada para agregarla a la carpeta y vincularla.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Record a call…</source>
        <translation>Anotar una llamada…</translation>
    </message>
    <message>
        <source>No calls noted yet. When you phone the plan, the provider&apos;s office or the pharmacy, note who you spoke with, their number and the reference number they give you: it is the proof of what was said.</source>
        <translation>Todavía no hay llamadas anotadas. Cuando llame al plan de seguro, al consultorio del médico o a la farmacia, anote con quién habló, su número y el número de referencia que le den: es la prueba de lo que se dijo.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Add a question…</source>
        <translation>Agregar una pregunta…</translation>
    </message>
    <message>
        <source>No questions yet. Write down what you want to ask (what exactly is missing? who sends it? how long once it is sent?) and the answers when you get them.</source>
        <translation>Todavía no hay preguntas. Anote lo que quiere preguntar (¿qué falta exactamente? ¿quién lo envía? ¿cuánto tarda una vez enviado?) y las respuestas cuando las tenga.</translation>
    </message>
    <message>
        <source>To &amp;review ({0})</source>
        <translation>Por &amp;revisar ({0})</translation>
    </message>
    <message>
        <source>Save status sheet as PDF</source>
        <translation>Guardar la hoja de estado como PDF</translation>
    </message>
    <message>
        <source>The automatic copy of the database was not made: {0}</source>
        <translation>No se hizo la copia automática de la base de datos: {0}</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Attached (double-click to open):</source>
        <translation>Adjuntos (doble clic para abrir):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>opens its document</source>
        <translation>abre su documento</translation>
    </message>
    <message>
        <source>a forwarded e-mail, read with this one</source>
        <translation>un correo electrónico reenviado, leído junto con este</translation>
    </message>
    <message>
        <source>read with the message</source>
        <translation>leído junto con el mensaje</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>This e-mail is locked ({0}); its text can&apos;t be shown here.</source>
        <translation>Este correo está cifrado ({0}); su texto no se puede mostrar aquí.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still missing</source>
        <translation>Todavía falta</translation>
    </message>
    <message>
        <source>Still missing items</source>
        <translation>Lo que todavía falta</translation>
    </message>
    <message>
        <source>Nothing is missing right now.</source>
        <translation>No falta nada por ahora.</translation>
    </message>
    <message>
        <source>Nothing urgent. {0} waiting.</source>
        <translation>Nada urgente. En espera: {0}.</translation>
    </message>
    <message>
        <source>{0} urgent. Most urgent first.</source>
        <translation>Urgentes: {0}. Lo más urgente primero.</translation>
    </message>
    <message>
        <source>{0} urgent, {1} waiting. Most urgent first.</source>
        <translation>Urgentes: {0}; en espera: {1}. Lo más urgente primero.</translation>
    </message>
</context>
<context>
    <name>MissingRowWidget</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>suggested, please check</source>
        <translation>sugerido, por favor revíselo</translation>
    </message>
    <message>
        <source>A copy is in your folder.</source>
        <translation>Hay una copia en su carpeta.</translation>
    </message>
    <message>
        <source>No copy in your folder yet.</source>
        <translation>Todavía no hay copia en su carpeta.</translation>
    </message>
    <message>
        <source>Who: {0}</source>
        <translation>Quién: {0}</translation>
    </message>
    <message>
        <source>When: {0}</source>
        <translation>Cuándo: {0}</translation>
    </message>
    <message>
        <source>Link a document…</source>
        <translation>Vincular un documento…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marcar enviado</translation>
    </message>
    <message>
        <source>Make a packet…</source>
        <translation>Hacer un paquete…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Anotar una llamada…</translation>
    </message>
    <message>
        <source>Start an appeal</source>
        <translation>Empezar una apelación</translation>
    </message>
    <message>
        <source>Not appealing</source>
        <translation>No voy a apelar</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open the organizer</source>
        <translation>Abrir el organizador</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>{0}: has a date</source>
        <translation>{0}: tiene fecha</translation>
    </message>
    <message>
        <source>Tick to enter a date</source>
        <translation>Marque para poner una fecha</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Make a packet to send</source>
        <translation>Hacer un paquete para enviar</translation>
    </message>
    <message>
        <source>A cover page that says whose papers these are and what they answer, then each document you tick, whole. A copy is kept in the case folder under Sent, with today&apos;s date, so you know what was sent.</source>
        <translation>Una portada que dice de quién son estos papeles y a qué responden, y después cada documento que marque, completo. Se guarda una copia en la carpeta del caso, dentro de Sent, con la fecha de hoy, para que sepa qué se envió.</translation>
    </message>
    <message>
        <source>For which &amp;request:</source>
        <translation>Para qué &amp;pedido:</translation>
    </message>
    <message>
        <source>Send it &amp;to:</source>
        <translation>Enviarlo &amp;a:</translation>
    </message>
    <message>
        <source>Your &amp;phone number:</source>
        <translation>Su número de &amp;teléfono:</translation>
    </message>
    <message>
        <source>So they can call you back; it goes on the cover page</source>
        <translation>Para que puedan devolverle la llamada; va en la portada</translation>
    </message>
    <message>
        <source>&amp;What goes in it:</source>
        <translation>&amp;Qué va en el paquete:</translation>
    </message>
    <message>
        <source>Documents in the packet</source>
        <translation>Documentos del paquete</translation>
    </message>
    <message>
        <source>Tick what to send. Space ticks or unticks the chosen one.</source>
        <translation>Marque lo que quiere enviar. La barra espaciadora marca o desmarca el elegido.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Make the packet</source>
        <translation>Hacer el paquete</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan de seguro</translation>
    </message>
    <message>
        <source>The prescriber&apos;s office</source>
        <translation>El consultorio del médico</translation>
    </message>
    <message>
        <source>The pharmacy</source>
        <translation>La farmacia</translation>
    </message>
    <message>
        <source>fax {0}</source>
        <translation>fax {0}</translation>
    </message>
    <message>
        <source>no fax number yet</source>
        <translation>todavía sin número de fax</translation>
    </message>
    <message>
        <source>the case folder</source>
        <translation>la carpeta del caso</translation>
    </message>
    <message>
        <source>{0}   (in {1})</source>
        <translation>{0}   (en {1})</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <source>locked: you will be asked its password</source>
        <translation>protegido: se le pedirá su contraseña</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Locked document</source>
        <translation>Documento protegido</translation>
    </message>
    <message>
        <source>This document is locked with a password</source>
        <translation>Este documento está protegido con contraseña</translation>
    </message>
    <message>
        <source>“{0}” needs a password before its text can be read.</source>
        <translation>“{0}” necesita una contraseña para poder leer su texto.</translation>
    </message>
    <message>
        <source>The password is used once, to read the text. It is not saved anywhere, and the file itself is not changed.</source>
        <translation>La contraseña se usa una sola vez, para leer el texto. No se guarda en ningún lado y el archivo no se cambia.</translation>
    </message>
    <message>
        <source>That password did not open it. Please try again.</source>
        <translation>Esa contraseña no lo abrió. Por favor, intente de nuevo.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Show the password as I type</source>
        <translation>Mostrar la contraseña mientras escribo</translation>
    </message>
    <message>
        <source>Read the document</source>
        <translation>Leer el documento</translation>
    </message>
</context>
<context>
    <name>PhotoCommands</name>
    <message>
        <source>Turned. The page is read again; your choice is kept.</source>
        <translation>Girada. La página se vuelve a leer; se guarda su elección.</translation>
    </message>
    <message>
        <source>The original picture will be read, as it is. Your choice is kept.</source>
        <translation>Se leerá la imagen original, tal como está. Se guarda su elección.</translation>
    </message>
    <message>
        <source>The straightened page will be read. Your choice is kept.</source>
        <translation>Se leerá la página enderezada. Se guarda su elección.</translation>
    </message>
</context>
<context>
    <name>PhotoTools</name>
    <message>
        <source>Photographed page</source>
        <translation>Página fotografiada</translation>
    </message>
    <message>
        <source>&amp;Turn right</source>
        <translation>&amp;Girar a la derecha</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right</source>
        <translation>Girar la página un cuarto de vuelta a la derecha</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right and read it again</source>
        <translation>Girar la página un cuarto de vuelta a la derecha y volver a leerla</translation>
    </message>
    <message>
        <source>Use the &amp;original picture</source>
        <translation>Usar la imagen &amp;original</translation>
    </message>
    <message>
        <source>Use the original picture</source>
        <translation>Usar la imagen original</translation>
    </message>
    <message>
        <source>Read the photo as it was taken, without straightening or evening the light</source>
        <translation>Leer la foto tal como se tomó, sin enderezarla ni emparejar la luz</translation>
    </message>
    <message>
        <source>The page as it was straightened and read.</source>
        <translation>La página tal como se enderezó y se leyó.</translation>
    </message>
    <message>
        <source>The picture as it is. It has not been read yet.</source>
        <translation>La imagen tal como está. Todavía no se ha leído.</translation>
    </message>
    <message>
        <source>Turned {0}° by you.</source>
        <translation>Usted la giró {0}°.</translation>
    </message>
    <message>
        <source>Reading the page again with your choice…</source>
        <translation>Volviendo a leer la página con su elección…</translation>
    </message>
</context>
<context>
    <name>PickEntryDialog</name>
    <message>
        <source>Link to a log entry</source>
        <translation>Vincular a una entrada del registro</translation>
    </message>
    <message>
        <source>Which log entry is “{0}” for?</source>
        <translation>¿Para qué entrada del registro es “{0}”?</translation>
    </message>
    <message>
        <source>Log entries to link {0} to</source>
        <translation>Entradas del registro a las que vincular {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>vence el {0}</translation>
    </message>
    <message>
        <source>still missing</source>
        <translation>todavía falta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
</context>
<context>
    <name>PrepareCallDialog</name>
    <message>
        <source>What exactly is missing?</source>
        <translation>¿Qué falta exactamente?</translation>
    </message>
    <message>
        <source>Who needs to submit it?</source>
        <translation>¿Quién tiene que enviarlo?</translation>
    </message>
    <message>
        <source>What is the expected timeline once submitted?</source>
        <translation>¿Cuánto se espera que tarde una vez enviado?</translation>
    </message>
    <message>
        <source>Prepare a call</source>
        <translation>Preparar una llamada</translation>
    </message>
    <message>
        <source>Choose whom to call. Have your member ID and the reference numbers at hand, ask the three questions for each open item, and write down the name of the person you speak to.</source>
        <translation>Elija a quién llamar. Tenga a mano su número de miembro y los números de referencia, haga las tres preguntas por cada cosa pendiente y anote el nombre de la persona con quien habla.</translation>
    </message>
    <message>
        <source>&amp;Whom to call:</source>
        <translation>&amp;A quién llamar:</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>What to say on the call</source>
        <translation>Qué decir en la llamada</translation>
    </message>
    <message>
        <source>&amp;Save the sheet for calls as PDF…</source>
        <translation>&amp;Guardar la hoja para llamadas como PDF…</translation>
    </message>
    <message>
        <source>Save the sheet for calls as PDF</source>
        <translation>Guardar la hoja para llamadas como PDF</translation>
    </message>
    <message>
        <source>I&apos;m calling now: write it down…</source>
        <translation>Estoy llamando: anotar la llamada…</translation>
    </message>
    <message>
        <source>I&apos;m calling now: write it down</source>
        <translation>Estoy llamando: anotar la llamada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing is missing: there is no one to call.</source>
        <translation>No falta nada: no hay a quién llamar.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>todavía ninguna</translation>
    </message>
    <message>
        <source>Phone: {0}</source>
        <translation>Teléfono: {0}</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>todavía sin completar</translation>
    </message>
    <message>
        <source>Patient: {0}</source>
        <translation>Paciente: {0}</translation>
    </message>
    <message>
        <source>Member ID: {0}</source>
        <translation>Número de miembro: {0}</translation>
    </message>
    <message>
        <source>References: {0}</source>
        <translation>Referencias: {0}</translation>
    </message>
    <message>
        <source>Ask for: {0}</source>
        <translation>Preguntar por: {0}</translation>
    </message>
    <message>
        <source>URGENT: </source>
        <translation>URGENTE: </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Document preview</source>
        <translation>Vista del documento</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Miniaturas de las páginas</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Escribir la contraseña…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Why it was sorted this way</source>
        <translation>Por qué se clasificó así</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Sugerencias:</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Vincular a…</translation>
    </message>
    <message>
        <source>Link this document to a log entry</source>
        <translation>Vincular este documento a una entrada del registro</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Why it was sorted this way:</source>
        <translation>Por qué se clasificó así:</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Datos del documento</translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation>Elija un documento para verlo aquí.</translation>
    </message>
    <message>
        <source>This file is no longer in the folder. Its details are kept.</source>
        <translation>Este archivo ya no está en la carpeta. Se guardan sus datos.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>This file can&apos;t be opened: {0}</source>
        <translation>No se puede abrir este archivo: {0}</translation>
    </message>
    <message>
        <source>This picture can&apos;t be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
    <message>
        <source>This PDF can&apos;t be shown.</source>
        <translation>No se puede mostrar este PDF.</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
    <message>
        <source>(text read from the scan)</source>
        <translation>(texto leído del escaneo)</translation>
    </message>
    <message>
        <source>kind set by you</source>
        <translation>tipo elegido por usted</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>not sure, please check</source>
        <translation>no es seguro, por favor revíselo</translation>
    </message>
    <message>
        <source>Not sorted automatically yet.</source>
        <translation>Todavía no se clasificó automáticamente.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>These details help the organizer tell who sends what. Leave anything you don&apos;t know empty; you can fill it in later.</source>
        <translation>Estos datos ayudan al organizador a saber quién envía qué. Deje vacío lo que no sepa; puede completarlo después.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Provider office (the doctor&apos;s office)</source>
        <translation>Consultorio del médico</translation>
    </message>
    <message>
        <source>Home infusion pharmacy</source>
        <translation>Farmacia de infusión en casa</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Therapy or medicine:</source>
        <translation>Terapia o medicamento:</translation>
    </message>
    <message>
        <source>Therapy starts:</source>
        <translation>La terapia empieza:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Fecha de nacimiento del paciente</translation>
    </message>
    <message>
        <source>Insurance plan:</source>
        <translation>Plan de seguro:</translation>
    </message>
    <message>
        <source>Kind of plan:</source>
        <translation>Tipo de plan:</translation>
    </message>
    <message>
        <source>Member ID:</source>
        <translation>Número de miembro:</translation>
    </message>
    <message>
        <source>Group number:</source>
        <translation>Número de grupo:</translation>
    </message>
    <message>
        <source>Plan&apos;s phone:</source>
        <translation>Teléfono del plan:</translation>
    </message>
    <message>
        <source>Insurance plan&apos;s phone</source>
        <translation>Teléfono del plan de seguro</translation>
    </message>
    <message>
        <source>Plan&apos;s fax:</source>
        <translation>Fax del plan:</translation>
    </message>
    <message>
        <source>Insurance plan&apos;s fax</source>
        <translation>Fax del plan de seguro</translation>
    </message>
    <message>
        <source>Second plan, if any:</source>
        <translation>Segundo plan, si hay:</translation>
    </message>
    <message>
        <source>Second insurance plan</source>
        <translation>Segundo plan de seguro</translation>
    </message>
    <message>
        <source>Its member ID:</source>
        <translation>Su número de miembro:</translation>
    </message>
    <message>
        <source>Second plan&apos;s member ID</source>
        <translation>Número de miembro del segundo plan</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Nombre del consultorio:</translation>
    </message>
    <message>
        <source>Provider office name</source>
        <translation>Nombre del consultorio del médico</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Provider office phone</source>
        <translation>Teléfono del consultorio del médico</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Provider office fax</source>
        <translation>Fax del consultorio del médico</translation>
    </message>
    <message>
        <source>Person to ask for:</source>
        <translation>Persona por quien preguntar:</translation>
    </message>
    <message>
        <source>Person to ask for at the provider office</source>
        <translation>Persona por quien preguntar en el consultorio del médico</translation>
    </message>
    <message>
        <source>Pharmacy name:</source>
        <translation>Nombre de la farmacia:</translation>
    </message>
    <message>
        <source>Pharmacy phone</source>
        <translation>Teléfono de la farmacia</translation>
    </message>
    <message>
        <source>Pharmacy fax</source>
        <translation>Fax de la farmacia</translation>
    </message>
    <message>
        <source>Person to ask for at the pharmacy</source>
        <translation>Persona por quien preguntar en la farmacia</translation>
    </message>
    <message>
        <source>Patient&apos;s name:</source>
        <translation>Nombre del paciente:</translation>
    </message>
    <message>
        <source>Provider office:</source>
        <translation>Consultorio del médico:</translation>
    </message>
    <message>
        <source>Provider office fax:</source>
        <translation>Fax del consultorio del médico:</translation>
    </message>
    <message>
        <source>Pharmacy:</source>
        <translation>Farmacia:</translation>
    </message>
    <message>
        <source>Not sure (read it from the letters)</source>
        <translation>No estoy seguro (leerlo de las cartas)</translation>
    </message>
</context>
<context>
    <name>ProfileInvite</name>
    <message>
        <source>Case details are missing</source>
        <translation>Faltan los datos del caso</translation>
    </message>
    <message>
        <source>Fill in the case details…</source>
        <translation>Completar los datos del caso…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Who is this case for? Add the patient&apos;s name, the insurance and who to call: they go on the status sheet for the office.</source>
        <translation>¿Para quién es este caso? Agregue el nombre del paciente, el plan de seguro y a quién llamar: van en la hoja de estado para el consultorio.</translation>
    </message>
    <message>
        <source>Your documents mention {0}: check and save them in one step.</source>
        <translation>Sus documentos mencionan {0}: revíselos y guárdelos en un solo paso.</translation>
    </message>
    <message>
        <source>member ID {0}</source>
        <translation>número de miembro {0}</translation>
    </message>
    <message>
        <source>Suggested: {0} of {1} documents say this. Please check it.</source>
        <translation>Sugerido: {0} de {1} documentos dicen esto. Por favor, revíselo.</translation>
    </message>
    <message>
        <source>Fields in italics were filled in from your documents: check each one and change what is wrong. Nothing is saved until you press OK.</source>
        <translation>Los campos en cursiva se completaron con sus documentos: revise cada uno y cambie lo que esté mal. No se guarda nada hasta que presione Aceptar.</translation>
    </message>
</context>
<context>
    <name>ProposalRow</name>
    <message>
        <source>a new log entry: {0}</source>
        <translation>una nueva entrada del registro: {0}</translation>
    </message>
    <message>
        <source>Link to {0} as {1}</source>
        <translation>Vincular a {0} como {1}</translation>
    </message>
    <message>
        <source>Why: {0} (about {1}% sure)</source>
        <translation>Por qué: {0} (seguro en un {1}%)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Accept: {0}</source>
        <translation>Aceptar: {0}</translation>
    </message>
    <message>
        <source>Dismiss: {0}</source>
        <translation>Descartar: {0}</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>A question to ask</source>
        <translation>Una pregunta para hacer</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Write down what you want to ask, and whom. Add the answer when you have it.</source>
        <translation>Anote lo que quiere preguntar, y a quién. Agregue la respuesta cuando la tenga.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Who to ask:</source>
        <translation>A quién preguntar:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Respondida el:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
</context>
<context>
    <name>QuietHoursDialog</name>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>No reminders show between these hours; they wait until after.</source>
        <translation>No se muestran recordatorios entre estas horas; esperan hasta después.</translation>
    </message>
    <message>
        <source>Quiet from:</source>
        <translation>Silencio desde:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Suggestions to review</source>
        <translation>Sugerencias por revisar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Undo accept all</source>
        <translation>Deshacer aceptar todas</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from your documents. Nothing changes until you accept.</source>
        <translation>
            <numerusform>%n sugerencia de sus documentos. No cambia nada hasta que acepte.</numerusform>
            <numerusform>%n sugerencias de sus documentos. No cambia nada hasta que acepte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>No hay nada esperando revisión.</translation>
    </message>
    <message>
        <source>New: {0}</source>
        <translation>Nuevo: {0}</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>No document contains these words.</source>
        <translation>Ningún documento tiene estas palabras.</translation>
    </message>
</context>
<context>
    <name>SendCommands</name>
    <message>
        <source>The log is empty: add what was asked for first.</source>
        <translation>El registro está vacío: primero agregue lo que se pidió.</translation>
    </message>
    <message>
        <source>The packet was not made: “{0}” is locked with a password. Give its password, or leave it out of the packet.</source>
        <translation>No se hizo el paquete: “{0}” está protegido con contraseña. Escriba su contraseña o déjelo fuera del paquete.</translation>
    </message>
    <message>
        <source>Making the packet…</source>
        <translation>Haciendo el paquete…</translation>
    </message>
    <message>
        <source>The packet was saved in the case folder: {0}</source>
        <translation>El paquete se guardó en la carpeta del caso: {0}</translation>
    </message>
    <message>
        <source>The packet is ready: {0} pages, with the cover.

It is kept in the case folder as:
{1}

Open it from there to print or fax it. Once it has gone, mark “{2}” as sent today, by fax, to {3}?</source>
        <translation>El paquete está listo: {0} páginas, con la portada.

Se guarda en la carpeta del caso como:
{1}

Ábralo desde ahí para imprimirlo o enviarlo por fax. Cuando ya se haya enviado, ¿marcar “{2}” como enviado hoy, por fax, a {3}?</translation>
    </message>
    <message>
        <source>Mark as sent?</source>
        <translation>¿Marcar como enviado?</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Marked as sent today, by fax, to {0}.</source>
        <translation>Marcado como enviado hoy, por fax, a {0}.</translation>
    </message>
    <message>
        <source>“Record a call” will start with {0} filled in.</source>
        <translation>“Anotar una llamada” se abrirá con {0} ya completado.</translation>
    </message>
    <message>
        <source>Save the sheet for calls</source>
        <translation>Guardar la hoja para llamadas</translation>
    </message>
    <message>
        <source>The sheet for calls ({0} pages) was saved: {1}</source>
        <translation>La hoja para llamadas ({0} páginas) se guardó: {1}</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Expediente del caso</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Guardar la carta</translation>
    </message>
    <message>
        <source>The letter to edit and sign was saved: {0}</source>
        <translation>La carta para cambiar y firmar se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>SheetPreviewDialog</name>
    <message>
        <source>Print the status sheet</source>
        <translation>Imprimir la hoja de estado</translation>
    </message>
    <message>
        <source>Sheet language:</source>
        <translation>Idioma de la hoja:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The status sheet, as it will print</source>
        <translation>La hoja de estado, tal como se imprimirá</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Idioma de la hoja</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Watching: {0}</source>
        <translation>Vigilando: {0}</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Reading new documents…</source>
        <translation>Leyendo documentos nuevos…</translation>
    </message>
    <message>
        <source>⚠ The case folder can&apos;t be reached. Waiting for it.</source>
        <translation>⚠ No se puede llegar a la carpeta del caso. Esperándola.</translation>
    </message>
    <message>
        <source>Look only: your account can&apos;t change this case</source>
        <translation>Solo lectura: su cuenta no puede cambiar este caso</translation>
    </message>
    <message>
        <source>Reading scans</source>
        <translation>Leyendo escaneos</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>○ asked   ● sent   ◆ decision   ▼ due   ◇ decision expected (dashed: still waiting)   ▬ approved period   ▲ ask for renewal   │ today</source>
        <translation>○ pedido   ● enviado   ◆ decisión   ▼ vence   ◇ decisión esperada (a trazos: todavía esperando)   ▬ período aprobado   ▲ pedir la renovación   │ hoy</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>se espera</translation>
    </message>
    <message>
        <source>appeal by</source>
        <translation>apelar a más tardar</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>renovar</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation>todavía sin fechas</translation>
    </message>
    <message>
        <source>Timeline of the log</source>
        <translation>Línea de tiempo del registro</translation>
    </message>
    <message>
        <source>{0}: {1}. Press Enter to open it.</source>
        <translation>{0}: {1}. Pulse Enter para abrirla.</translation>
    </message>
    <message>
        <source>Nothing in the log yet: the timeline fills in as you add to it.</source>
        <translation>Todavía no hay nada en el registro: la línea de tiempo se llena a medida que agrega cosas.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>This organizer keeps the insurance papers for home infusion in one folder and shows what is still missing. It only reads your papers: it never changes, moves or deletes them.</source>
        <translation>Este organizador guarda en una carpeta los papeles del seguro para la infusión en casa y muestra lo que todavía falta. Solo lee sus papeles: nunca los cambia, mueve ni borra.</translation>
    </message>
    <message>
        <source>About the case (you can change this later)</source>
        <translation>Sobre el caso (puede cambiarlo después)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Where are the papers kept?</source>
        <translation>¿Dónde se guardan los papeles?</translation>
    </message>
    <message>
        <source>Make a new folder for them</source>
        <translation>Crear una carpeta nueva para ellos</translation>
    </message>
    <message>
        <source>Change place…</source>
        <translation>Cambiar el lugar…</translation>
    </message>
    <message>
        <source>Use a folder I already keep them in</source>
        <translation>Usar una carpeta donde ya los guardo</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Todavía no eligió una carpeta</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Look around with an example case first</source>
        <translation>Ver primero un caso de ejemplo</translation>
    </message>
    <message>
        <source>Nothing you do in the example is kept.</source>
        <translation>No se guarda nada de lo que haga en el ejemplo.</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Carpeta nueva</translation>
    </message>
    <message>
        <source>Existing folder</source>
        <translation>Carpeta existente</translation>
    </message>
    <message>
        <source>Where should the new folder go?</source>
        <translation>¿Dónde va la carpeta nueva?</translation>
    </message>
    <message>
        <source>Choose the folder with the papers</source>
        <translation>Elija la carpeta con los papeles</translation>
    </message>
    <message>
        <source>The example opens when the organizer starts.</source>
        <translation>El ejemplo se abre cuando se inicia el organizador.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Medicare: home infusion therapy services</source>
        <translation>Medicare: servicios de terapia de infusión en casa (en inglés)</translation>
    </message>
    <message>
        <source>CMS: home infusion therapy benefit, frequently asked questions</source>
        <translation>CMS: beneficio de terapia de infusión en casa, preguntas frecuentes (en inglés)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to keep on top of the paperwork&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Keep one folder&lt;/b&gt; with every paper about the therapy: the referral, the insurance card, every letter. This organizer watches that folder for you.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep one running note&lt;/b&gt; of what was asked for and what was sent, and when. That is the log in this window.&lt;/p&gt;&lt;p&gt;&lt;b&gt;When you are stuck, ask three questions:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;What exactly is missing?&lt;/li&gt;&lt;li&gt;Who needs to send it?&lt;/li&gt;&lt;li&gt;What is the expected timeline once it is sent?&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The “Still missing” list answers them for you, most urgent first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cómo mantener los papeles al día&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Tenga una sola carpeta&lt;/b&gt; con todos los papeles de la terapia: la remisión, la tarjeta del seguro, cada carta. Este organizador vigila esa carpeta por usted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lleve una sola nota&lt;/b&gt; de lo que se pidió y lo que se envió, y cuándo. Ese es el registro de esta ventana.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cuando no sepa cómo seguir, haga tres preguntas:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;¿Qué falta exactamente?&lt;/li&gt;&lt;li&gt;¿Quién tiene que enviarlo?&lt;/li&gt;&lt;li&gt;¿Cuánto se espera que tarde una vez enviado?&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;La lista “Todavía falta” las responde por usted, lo más urgente primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This organizer helps you keep your papers in order. It is not coverage advice: coverage depends on your plan, the therapy and your eligibility. Please confirm with your plan and your provider.</source>
        <translation>Este organizador le ayuda a tener sus papeles en orden. No es asesoría sobre la cobertura: la cobertura depende de su plan de seguro, la terapia y si usted califica. Por favor, confírmelo con su plan de seguro y con el consultorio del médico.</translation>
    </message>
    <message>
        <source>“{0}” is no longer in the case folder, so it can&apos;t be opened. If you moved it, put it back, or add it again.</source>
        <translation>“{0}” ya no está en la carpeta del caso, así que no se puede abrir. Si lo movió, devuélvalo o agréguelo de nuevo.</translation>
    </message>
    <message>
        <source>That password did not open the file.</source>
        <translation>Esa contraseña no abrió el archivo.</translation>
    </message>
    <message>
        <source>The locked document was read. The password was not saved.</source>
        <translation>Se leyó el documento protegido. La contraseña no se guardó.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Agregar documentos</translation>
    </message>
    <message>
        <source>Documents, pictures and e-mails</source>
        <translation>Documentos, imágenes y correos electrónicos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s). You can undo this.</source>
        <translation>
            <numerusform>Se aceptó %n sugerencia. Puede deshacerlo.</numerusform>
            <numerusform>Se aceptaron %n sugerencias. Puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer could open this file.</source>
        <translation>Ningún programa de esta computadora pudo abrir este archivo.</translation>
    </message>
    <message>
        <source>No program on this computer could open this file. It is shown here on the right: “Zoom in” and “Fit width” make it easier to read.</source>
        <translation>Ningún programa de esta computadora pudo abrir este archivo. Se muestra aquí a la derecha: “Acercar” y “Ajustar al ancho” lo hacen más fácil de leer.</translation>
    </message>
    <message>
        <source>No program on this computer could open this file. It is shown here on the right.</source>
        <translation>Ningún programa de esta computadora pudo abrir este archivo. Se muestra aquí a la derecha.</translation>
    </message>
    <message>
        <source>No program on this computer could show the folder. The file is here:</source>
        <translation>Ningún programa de esta computadora pudo mostrar la carpeta. El archivo está aquí:</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Agregando %n archivo…</numerusform>
            <numerusform>Agregando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo mark sent</source>
        <translation>Deshacer marcar enviado</translation>
    </message>
    <message>
        <source>Marked “{0}” as sent today. You can undo this.</source>
        <translation>“{0}” se marcó como enviado hoy. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Undone: “{0}” is no longer marked as sent.</source>
        <translation>Deshecho: “{0}” ya no está marcado como enviado.</translation>
    </message>
    <message>
        <source>Marked as sent today.</source>
        <translation>Marcado como enviado hoy.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Deleted “{0}”. You can undo this.</source>
        <translation>Se borró “{0}”. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>There are no documents yet. Drop the letter on the window first.</source>
        <translation>Todavía no hay documentos. Primero suelte la carta sobre la ventana.</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Primero elija un documento de la lista.</translation>
    </message>
    <message>
        <source>The log is empty. Add what was asked for first.</source>
        <translation>El registro está vacío. Primero agregue lo que le pidieron.</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Home infusion deadlines</source>
        <translation>Fechas límite de la infusión en casa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Se espera la decisión</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>Fecha límite para apelar</translation>
    </message>
    <message>
        <source>Ask for the renewal</source>
        <translation>Pida la renovación</translation>
    </message>
    <message>
        <source>Call to return</source>
        <translation>Llamada pendiente</translation>
    </message>
    <message>
        <source>{0}.{1} From the Infusion Coverage Organizer; the dates there are the ones that count.</source>
        <translation>{0}.{1} Del Infusion Coverage Organizer; las fechas que cuentan son las de allí.</translation>
    </message>
    <message>
        <source> Who: {0}.</source>
        <translation> Quién: {0}.</translation>
    </message>
</context>
<context>
    <name>callsheet</name>
    <message>
        <source>What exactly is missing?</source>
        <translation>¿Qué falta exactamente?</translation>
    </message>
    <message>
        <source>Who needs to submit it?</source>
        <translation>¿Quién tiene que enviarlo?</translation>
    </message>
    <message>
        <source>What is the expected timeline once submitted?</source>
        <translation>¿Cuánto se espera que tarde una vez enviado?</translation>
    </message>
    <message>
        <source>Sheet for calls, prepared {0}</source>
        <translation>Hoja para llamadas, preparada el {0}</translation>
    </message>
    <message>
        <source>Call: {0}</source>
        <translation>Llamar a: {0}</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Ask for:</source>
        <translation>Preguntar por:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>   (group {0})</source>
        <translation>   (grupo {0})</translation>
    </message>
    <message>
        <source>Member ID:</source>
        <translation>Número de miembro:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>todavía ninguna</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <source>Call started:</source>
        <translation>Hora de la llamada:</translation>
    </message>
    <message>
        <source>____________  Spoke with: ______________________</source>
        <translation>____________  Habló con: ______________________</translation>
    </message>
    <message>
        <source>This call&apos;s ref.:</source>
        <translation>Ref. de esta llamada:</translation>
    </message>
    <message>
        <source>URGENT  </source>
        <translation>URGENTE  </translation>
    </message>
    <message>
        <source>   Reference: {0}</source>
        <translation>   Referencia: {0}</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Llamadas por hacer</translation>
    </message>
    <message>
        <source>Nothing is missing: no calls to make about open items.</source>
        <translation>No falta nada: no hay llamadas por hacer sobre asuntos pendientes.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Wrote the case {0} to {1}</source>
        <translation>Se escribió el caso {0} en {1}</translation>
    </message>
    <message>
        <source>Restored a new case for {0}: {1} documents, {2} log entries, {3} calls, {4} questions.</source>
        <translation>Se restauró un caso nuevo para {0}: documentos: {1}; entradas del registro: {2}; llamadas: {3}; preguntas: {4}.</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source> (suggested, not reviewed yet)</source>
        <translation> (sugerido, todavía sin revisar)</translation>
    </message>
    <message>
        <source>copy in folder</source>
        <translation>copia en la carpeta</translation>
    </message>
    <message>
        <source>no copy in folder</source>
        <translation>sin copia en la carpeta</translation>
    </message>
    <message>
        <source>{0}  {1}{2} | who: {3} | {4} | {5}</source>
        <translation>{0}  {1}{2} | quién: {3} | {4} | {5}</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>No falta nada.</translation>
    </message>
    <message>
        <source>Using a fresh copy of the demo case (read in {0} s); it is removed afterwards.</source>
        <translation>Se usa una copia nueva del caso de ejemplo (leída en {0} s); se borra al terminar.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Wrote the status sheet for {0} to {1} ({2} paper)</source>
        <translation>Se escribió la hoja de estado de {0} en {1} (papel {2})</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>No hay nada esperando revisión.</translation>
    </message>
    <message>
        <source> (new entry)</source>
        <translation> (entrada nueva)</translation>
    </message>
    <message>
        <source>why: {0}</source>
        <translation>por qué: {0}</translation>
    </message>
    <message>
        <source>look first: {0} (Accept all leaves it for you)</source>
        <translation>revise primero: {0} (Aceptar todas la deja para usted)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Se aceptó %n sugerencia.</numerusform>
            <numerusform>Se aceptaron %n sugerencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to “{0}”.</source>
        <translation>Se vinculó con “{0}”.</translation>
    </message>
    <message>
        <source>They will be linked to “{0}” once read (the open window reads them, or run: organizer index FOLDER).</source>
        <translation>Se vincularán con “{0}” cuando se lean (la ventana abierta los lee, o ejecute: organizer index CARPETA).</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>al iniciar</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>Backed up the case {0} to {1}: {2} log entries and the fingerprints of {3} documents. The documents themselves stay in the case folder.</source>
        <translation>Se hizo una copia de seguridad del caso {0} en {1}: entradas del registro: {2}; huellas de documentos: {3}. Los documentos mismos se quedan en la carpeta del caso.</translation>
    </message>
    <message>
        <source>Changed since the backup:</source>
        <translation>Cambiaron desde la copia de seguridad:</translation>
    </message>
    <message>
        <source>Not in the folder:</source>
        <translation>No están en la carpeta:</translation>
    </message>
    <message>
        <source>Could not be opened:</source>
        <translation>No se pudieron abrir:</translation>
    </message>
    <message>
        <source>The database {0} is back as it was in {1}.</source>
        <translation>La base de datos {0} volvió a estar como en {1}.</translation>
    </message>
    <message>
        <source>The database as it was just before is kept in {0}.</source>
        <translation>La base de datos como estaba justo antes se guarda en {0}.</translation>
    </message>
    <message>
        <source>There are no automatic copies of {0} yet.</source>
        <translation>Todavía no hay copias automáticas de {0}.</translation>
    </message>
    <message>
        <source>Automatic copies of {0}, newest first:</source>
        <translation>Copias automáticas de {0}, de la más nueva a la más antigua:</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Todavía no hay casos.</translation>
    </message>
    <message>
        <source>{0}  {1} {2}  (who: {3}; due {4})</source>
        <translation>{0}  {1} {2}  (quién: {3}; vence: {4})</translation>
    </message>
    <message>
        <source>{0} is not a whole number of days</source>
        <translation>{0} no es un número entero de días</translation>
    </message>
    <message>
        <source>the number of days can&apos;t be negative</source>
        <translation>el número de días no puede ser negativo</translation>
    </message>
    <message>
        <source>Nothing is overdue or due in the next {0} days.</source>
        <translation>Nada está vencido ni vence en los próximos {0} días.</translation>
    </message>
    <message>
        <source>OVERDUE </source>
        <translation>VENCIDO </translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>hace {0}</translation>
    </message>
    <message>
        <source> | who: {0}</source>
        <translation> | quién: {0}</translation>
    </message>
    <message>
        <source>{0}  {1}{2} ({3}){4}</source>
        <translation>{0}  {1}{2} ({3}){4}</translation>
    </message>
    <message>
        <source>Wrote {0} deadlines to {1}</source>
        <translation>Se escribieron {0} fechas límite en {1}</translation>
    </message>
    <message>
        <source>reading scans</source>
        <translation>leyendo escaneos</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>{0} documents in {1} ({2} s)</source>
        <translation>Documentos en {1}: {0} ({2} s)</translation>
    </message>
    <message>
        <source>Give a file name ending in .docx (to edit) or .pdf (to print).</source>
        <translation>Dé un nombre de archivo que termine en .docx (para editar) o .pdf (para imprimir).</translation>
    </message>
    <message>
        <source>Wrote the letter to edit and sign ({0}) to {1}</source>
        <translation>Se escribió la carta para editar y firmar ({0}) en {1}</translation>
    </message>
    <message>
        <source>nobody (nothing is missing)</source>
        <translation>nadie (no falta nada)</translation>
    </message>
    <message>
        <source>Wrote the sheet for calls ({0} pages: {1}) to {2}</source>
        <translation>Se escribió la hoja para llamadas (páginas: {0}; {1}) en {2}</translation>
    </message>
    <message>
        <source>--password takes NAME=PASSWORD, not {0}</source>
        <translation>--password lleva NOMBRE=CONTRASEÑA, no {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>todavía sin completar</translation>
    </message>
    <message>
        <source>Wrote a packet of {0} for {1} (fax {2}) to {3}</source>
        <translation>Se escribió un paquete de {0} para {1} (fax: {2}) en {3}</translation>
    </message>
    <message>
        <source>Marked as sent {0} by fax to {1}.</source>
        <translation>Se marcó como enviado el {0} por fax a {1}.</translation>
    </message>
    <message>
        <source>organizer: stopped.</source>
        <translation>organizer: se detuvo.</translation>
    </message>
    <message>
        <source>organizer: an unexpected error happened (a bug); details above.</source>
        <translation>organizer: pasó un error inesperado (una falla del programa); los detalles están arriba.</translation>
    </message>
    <message>
        <source>demo copy</source>
        <translation>copia de demostración</translation>
    </message>
    <message>
        <source>index</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>missing list</source>
        <translation>lista de lo que falta</translation>
    </message>
    <message>
        <source>status sheet</source>
        <translation>hoja de estado</translation>
    </message>
    <message>
        <source>window</source>
        <translation>ventana</translation>
    </message>
    <message>
        <source>The window could not start. On Debian or Ubuntu, install the system packages listed in the README (scripts/apt-packages.txt, group &quot;run&quot;), or run ./scripts/demo as root or with sudo, which installs them.</source>
        <translation>La ventana no pudo abrirse. En Debian o Ubuntu, instale los paquetes del sistema que nombra el README (scripts/apt-packages.txt, grupo &quot;run&quot;), o ejecute ./scripts/demo como root o con sudo, que los instala.</translation>
    </message>
    <message>
        <source>ok   demo copy: {0} files in {1}</source>
        <translation>ok   copia de demostración: {0} archivos en {1}</translation>
    </message>
    <message>
        <source>not every file reached a final state: {0}</source>
        <translation>no todos los archivos terminaron de leerse: {0}</translation>
    </message>
    <message>
        <source> (Tesseract not installed: scans not read)</source>
        <translation> (Tesseract no está instalado: los escaneos no se leyeron)</translation>
    </message>
    <message>
        <source>ok   index: {0} documents ({1}) in {2} s{3}</source>
        <translation>ok   lectura: {0} documentos ({1}) en {2} s{3}</translation>
    </message>
    <message numerus="yes">
        <source>ok   missing list: %n item(s) still missing</source>
        <translation>
            <numerusform>ok   lista de lo que falta: todavía falta %n cosa</numerusform>
            <numerusform>ok   lista de lo que falta: todavía faltan %n cosas</numerusform>
        </translation>
    </message>
    <message>
        <source>the status sheet has {0} pages instead of 1</source>
        <translation>la hoja de estado tiene {0} páginas en vez de 1</translation>
    </message>
    <message>
        <source>ok   status sheet: 1 page, {0} bytes</source>
        <translation>ok   hoja de estado: 1 página, {0} bytes</translation>
    </message>
    <message>
        <source>ok   window: {0}</source>
        <translation>ok   ventana: {0}</translation>
    </message>
    <message>
        <source>--   window: no display here, so the window was not opened</source>
        <translation>--   ventana: aquí no hay pantalla, así que la ventana no se abrió</translation>
    </message>
    <message>
        <source>FAILED at step: {0}: {1}</source>
        <translation>FALLÓ en el paso: {0}: {1}</translation>
    </message>
    <message>
        <source>FAILED at step: {0}</source>
        <translation>FALLÓ en el paso: {0}</translation>
    </message>
    <message>
        <source>Self-test passed in {0} s.</source>
        <translation>La autoprueba salió bien en {0} s.</translation>
    </message>
    <message>
        <source>the window did not open within {0} s</source>
        <translation>la ventana no se abrió en {0} s</translation>
    </message>
    <message>
        <source>exit code {0}</source>
        <translation>código de salida {0}</translation>
    </message>
    <message>
        <source>stopped by signal {0}</source>
        <translation>detenida por la señal {0}</translation>
    </message>
    <message>
        <source>{0}. The display {1} can&apos;t be reached.</source>
        <translation>{0}. No se puede llegar a la pantalla {1}.</translation>
    </message>
    <message>
        <source> Missing: {0}.</source>
        <translation> Faltan: {0}.</translation>
    </message>
    <message>
        <source>no case in the self-test database</source>
        <translation>no hay ningún caso en la base de datos de la autoprueba</translation>
    </message>
    <message>
        <source>the window opened on the {0} platform with the demo case&apos;s {1} documents</source>
        <translation>la ventana se abrió en la plataforma {0} con los {1} documentos del caso de demostración</translation>
    </message>
    <message>
        <source>the window was not shown in time</source>
        <translation>la ventana no se mostró a tiempo</translation>
    </message>
</context>
<context>
    <name>cover</name>
    <message>
        <source>This fax holds private health information for the person named above. If it reached you by mistake, please call the number above and destroy it.</source>
        <translation>Este fax contiene información privada de salud de la persona nombrada arriba. Si le llegó por error, llame por favor al número de arriba y destrúyalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>FAX</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Call back:</source>
        <translation>Devolver la llamada al:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Re:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no se dio ninguna</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Member ID:</source>
        <translation>Número de miembro:</translation>
    </message>
    <message>
        <source>Enclosed</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>Nothing but this cover.</source>
        <translation>Nada más que esta portada.</translation>
    </message>
    <message>
        <source>this cover</source>
        <translation>esta portada</translation>
    </message>
    <message>
        <source>this cover of {0} pages</source>
        <translation>esta portada de {0} páginas</translation>
    </message>
    <message>
        <source>{0} including {1}</source>
        <translation>{0} contando {1}</translation>
    </message>
    <message>
        <source>the call-back number above</source>
        <translation>número de arriba</translation>
    </message>
    <message>
        <source>Please confirm receipt: call {0}, or fax this page back with a note.</source>
        <translation>Por favor confirme que lo recibió: llame al {0}, o devuelva esta página por fax con una nota.</translation>
    </message>
    <message>
        <source>Received on: ____________    By: ______________________________</source>
        <translation>Recibido el: ____________    Por: ______________________________</translation>
    </message>
    <message>
        <source>Fax cover - {0}</source>
        <translation>Portada de fax - {0}</translation>
    </message>
</context>
<context>
    <name>dated</name>
    <message>
        <source>sent {0}</source>
        <translation>enviado el {0}</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{month} {day}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <source>{month} {day}, {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>The prescriber&apos;s office</source>
        <translation>El consultorio del médico</translation>
    </message>
    <message>
        <source>The pharmacy</source>
        <translation>La farmacia</translation>
    </message>
    <message>
        <source>The insurance plan</source>
        <translation>El plan de seguro</translation>
    </message>
    <message>
        <source>The provider&apos;s office</source>
        <translation>El consultorio del médico</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is already a case for the folder {0}.</source>
        <translation>Ya hay un caso para la carpeta {0}.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder. A case is the folder that holds your documents, for example: {1}</source>
        <translation>{0} es un archivo, no una carpeta. Un caso es la carpeta que tiene sus documentos, por ejemplo: {1}</translation>
    </message>
    <message>
        <source>The folder does not exist: {0}</source>
        <translation>La carpeta no existe: {0}</translation>
    </message>
    <message>
        <source>There is no case for the folder {0}.</source>
        <translation>No hay ningún caso para la carpeta {0}.</translation>
    </message>
    <message>
        <source>There are no cases yet. Open a case folder first.</source>
        <translation>Todavía no hay casos. Abra primero la carpeta de un caso.</translation>
    </message>
    <message>
        <source>There are several cases; choose one with --case FOLDER: {0}</source>
        <translation>Hay varios casos; elija uno con --case CARPETA: {0}</translation>
    </message>
    <message>
        <source>The letter must be one of {0}, not {1}.</source>
        <translation>La carta debe ser una de estas: {0}; no {1}.</translation>
    </message>
    <message>
        <source>There is no log entry {0} in the case {1}.</source>
        <translation>No hay ninguna entrada {0} en el registro del caso {1}.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>una tubería</translation>
    </message>
    <message>
        <source>device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>un conector</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>la hoja de estado</translation>
    </message>
    <message>
        <source>export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <source>calendar file</source>
        <translation>el archivo de calendario</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>la carta</translation>
    </message>
    <message>
        <source>call sheet</source>
        <translation>la hoja para llamadas</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <source>The case folder can&apos;t be reached: {0}</source>
        <translation>No se puede llegar a la carpeta del caso: {0}</translation>
    </message>
    <message>
        <source>The case folder can&apos;t be reached any more: {0}. The files not read yet will be read when it is back.</source>
        <translation>Ya no se puede llegar a la carpeta del caso: {0}. Los archivos que todavía no se leyeron se leerán cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The case folder can&apos;t be read: {0}</source>
        <translation>No se puede leer la carpeta del caso: {0}</translation>
    </message>
    <message>
        <source>Can&apos;t read {0}: {1}.</source>
        <translation>No se puede leer {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is too large to be an organizer backup.</source>
        <translation>{0} es demasiado grande para ser una copia de seguridad del organizador.</translation>
    </message>
    <message>
        <source>the list of documents</source>
        <translation>la lista de documentos</translation>
    </message>
    <message>
        <source>{0} is not an organizer backup (it has no {1}). Nothing was changed.</source>
        <translation>{0} no es una copia de seguridad del organizador (no tiene {1}). No se cambió nada.</translation>
    </message>
    <message>
        <source>{0} is not an organizer backup, or it is damaged. Nothing was changed.</source>
        <translation>{0} no es una copia de seguridad del organizador, o está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <source>{0} is packed in a way the organizer can&apos;t read. Nothing was changed.</source>
        <translation>{0} está empaquetado de una forma que el organizador no puede leer. No se cambió nada.</translation>
    </message>
    <message>
        <source>its list of documents is not marked as one</source>
        <translation>su lista de documentos no está marcada como tal</translation>
    </message>
    <message>
        <source>it is backup version {0}</source>
        <translation>es la versión {0} de copia de seguridad</translation>
    </message>
    <message>
        <source>its list of documents is not valid JSON</source>
        <translation>su lista de documentos no es JSON válido</translation>
    </message>
    <message>
        <source>{0} is not a backup the organizer can restore: {1}. Nothing was changed.</source>
        <translation>{0} no es una copia de seguridad que el organizador pueda restaurar: {1}. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no copy at {0}.</source>
        <translation>No hay ninguna copia en {0}.</translation>
    </message>
    <message>
        <source>{0} is an empty database; nothing was restored.</source>
        <translation>{0} es una base de datos vacía; no se restauró nada.</translation>
    </message>
    <message>
        <source>{0} was made by a newer version of the organizer; nothing was restored.</source>
        <translation>{0} se hizo con una versión más nueva del organizador; no se restauró nada.</translation>
    </message>
    <message>
        <source>{0} is damaged ({1}); nothing was restored.</source>
        <translation>{0} está dañado ({1}); no se restauró nada.</translation>
    </message>
    <message>
        <source>{0} is damaged; nothing was restored.</source>
        <translation>{0} está dañado; no se restauró nada.</translation>
    </message>
    <message>
        <source>The copy could not be put back as {0}: {1}.</source>
        <translation>No se pudo volver a poner la copia como {0}: {1}.</translation>
    </message>
    <message>
        <source>The damaged database {0} could not be moved aside: {1}.</source>
        <translation>No se pudo apartar la base de datos dañada {0}: {1}.</translation>
    </message>
    <message>
        <source>Choose a place outside the case folder for the {0}; the organizer never writes into {1}, except new files under Imported/ and Sent/.</source>
        <translation>Elija un lugar fuera de la carpeta del caso para {0}; el organizador nunca escribe en {1}, salvo archivos nuevos dentro de Imported/ y Sent/.</translation>
    </message>
    <message>
        <source>The folder for the {0} does not exist: {1}</source>
        <translation>No existe la carpeta para {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is a folder; give a file name for the {1}.</source>
        <translation>{0} es una carpeta; dé un nombre de archivo para {1}.</translation>
    </message>
    <message>
        <source>{0} is a {1}, not an ordinary file; give the name of a new file for the {2}. Nothing was written.</source>
        <translation>{0} es {1}, no un archivo común; dé el nombre de un archivo nuevo para {2}. No se escribió nada.</translation>
    </message>
    <message>
        <source>Can&apos;t read {0}: it is a {1}, not an ordinary file. Give an {2} file. Nothing was changed.</source>
        <translation>No se puede leer {0}: es {1}, no un archivo común. Indique el archivo de {2}. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for the {0} {1} (the disk is full). Nothing was written; free some space and try again.</source>
        <translation>No queda espacio en el disco para {0} {1} (el disco está lleno). No se escribió nada; libere espacio e intente de nuevo.</translation>
    </message>
    <message>
        <source>The {0} can&apos;t be written to {1}: {2}.</source>
        <translation>No se puede escribir {0} en {1}: {2}.</translation>
    </message>
    <message>
        <source>The organizer can&apos;t keep copies of its database in {0}: {1}. The database itself was not changed.</source>
        <translation>El organizador no puede guardar copias de su base de datos en {0}: {1}. La base de datos misma no cambió.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for a copy of the database in {0} (the disk is full). The database itself was not changed.</source>
        <translation>No queda espacio en el disco para una copia de la base de datos en {0} (el disco está lleno). La base de datos misma no cambió.</translation>
    </message>
    <message>
        <source>The organizer could not copy its database {0} into {1}: {2}. The database itself was not changed.</source>
        <translation>El organizador no pudo copiar su base de datos {0} en {1}: {2}. La base de datos misma no cambió.</translation>
    </message>
    <message>
        <source>That is not a database address. Use a form like sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@server/dbname</source>
        <translation>Esa no es una dirección de base de datos. Use una forma como sqlite:///ruta/al/archivo.sqlite3 o postgresql+psycopg://usuario@servidor/nombre_de_la_base</translation>
    </message>
    <message>
        <source>The organizer keeps its cases in an SQLite file or on a PostgreSQL server, not in {0}. Use a form like sqlite:///path/to/file.sqlite3 or {1}</source>
        <translation>El organizador guarda sus casos en un archivo SQLite o en un servidor PostgreSQL, no en {0}. Use una forma como sqlite:///ruta/al/archivo.sqlite3 o {1}</translation>
    </message>
    <message>
        <source>The database must be a file: use a form like sqlite:///path/to/file.sqlite3</source>
        <translation>La base de datos debe ser un archivo: use una forma como sqlite:///ruta/al/archivo.sqlite3</translation>
    </message>
    <message>
        <source>{0} holds a database that was not made by this organizer; it was left untouched.</source>
        <translation>{0} tiene una base de datos que no hizo este organizador; no se tocó.</translation>
    </message>
    <message>
        <source>{0} is not a database the organizer can read ({1}).</source>
        <translation>{0} no es una base de datos que el organizador pueda leer ({1}).</translation>
    </message>
    <message>
        <source>The organizer can&apos;t write its database at {0}: {1}.</source>
        <translation>El organizador no puede escribir su base de datos en {0}: {1}.</translation>
    </message>
    <message>
        <source>The organizer can&apos;t use the folder for its database: {0} is a file, not a folder.</source>
        <translation>El organizador no puede usar la carpeta de su base de datos: {0} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder for the database does not exist: {0}</source>
        <translation>No existe la carpeta de la base de datos: {0}</translation>
    </message>
    <message>
        <source>The database {0} can&apos;t be updated: {1}.</source>
        <translation>No se puede actualizar la base de datos {0}: {1}.</translation>
    </message>
    <message>
        <source>The database {0} can&apos;t be opened: {1}</source>
        <translation>No se puede abrir la base de datos {0}: {1}</translation>
    </message>
    <message>
        <source>The database {0} can&apos;t be opened: {1}.</source>
        <translation>No se puede abrir la base de datos {0}: {1}.</translation>
    </message>
    <message>
        <source>The database {0} was made by a newer version of the organizer (schema {1}). Please install the newer version; the database was left untouched.</source>
        <translation>La base de datos {0} se hizo con una versión más nueva del organizador (esquema {1}). Instale por favor la versión más nueva; la base de datos no se tocó.</translation>
    </message>
    <message>
        <source>This change was not saved; everything saved before is kept.</source>
        <translation>Este cambio no se guardó; todo lo guardado antes se conserva.</translation>
    </message>
    <message>
        <source>The disk is full, so the organizer could not save to {0}. {1} Free some space on the disk, then try again.</source>
        <translation>El disco está lleno, así que el organizador no pudo guardar en {0}. {1} Libere espacio en el disco y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>The database {0} is busy: another program, or another organizer window, is using it. {1} Close the other program or window, then try again.</source>
        <translation>La base de datos {0} está ocupada: otro programa, u otra ventana del organizador, la está usando. {1} Cierre el otro programa o la otra ventana y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>The disk could not write the database {0} (it may be full, unplugged or failing). {1} Check the disk, then try again.</source>
        <translation>El disco no pudo escribir la base de datos {0} (puede estar lleno, desconectado o fallando). {1} Revise el disco y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>The organizer can&apos;t write to its database {0}: the file or its folder is read-only. {1} Make the folder writable for you, then try again.</source>
        <translation>El organizador no puede escribir en su base de datos {0}: el archivo o su carpeta son de solo lectura. {1} Haga que usted pueda escribir en la carpeta y luego intente de nuevo.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder</source>
        <translation>{0} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>you don&apos;t have permission to use it</source>
        <translation>usted no tiene permiso para usarlo</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation>una parte de su ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>the disk could not read or write it (it may be unplugged or failing)</source>
        <translation>el disco no pudo leerlo ni escribirlo (puede estar desconectado o fallando)</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>su nombre es demasiado largo</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>ya hay algo con ese nombre</translation>
    </message>
    <message>
        <source>its path goes round in a loop of links</source>
        <translation>su ruta da vueltas en un círculo de enlaces</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>hay demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <source>the drive did not answer in time</source>
        <translation>la unidad no respondió a tiempo</translation>
    </message>
    <message>
        <source>the drive can&apos;t be reached</source>
        <translation>no se puede llegar a la unidad</translation>
    </message>
    <message>
        <source>you have used all the space you may use on the disk</source>
        <translation>usted ya usó todo el espacio que puede usar en el disco</translation>
    </message>
    <message>
        <source>the network drive can&apos;t be reached</source>
        <translation>no se puede llegar a la unidad de red</translation>
    </message>
    <message>
        <source>it is read-only for you</source>
        <translation>es de solo lectura para usted</translation>
    </message>
    <message>
        <source>There are no automatic copies of it in {0} yet; if you have a backup file, restore it into a new database with &apos;organizer restore&apos;.</source>
        <translation>Todavía no hay copias automáticas de ella en {0}; si tiene un archivo de copia de seguridad, restáurelo en una base de datos nueva con &apos;organizer restore&apos;.</translation>
    </message>
    <message>
        <source>Automatic copies of it are kept in {0} (the newest is {1}): list them with &apos;organizer copies&apos;, and put one back with &apos;organizer copies --restore COPY&apos; (the damaged file is kept aside).</source>
        <translation>Se guardan copias automáticas de ella en {0} (la más nueva es {1}): véalas con &apos;organizer copies&apos; y vuelva a poner una con &apos;organizer copies --restore COPIA&apos; (el archivo dañado se guarda aparte).</translation>
    </message>
    <message>
        <source>The database {0} is damaged, so the organizer can&apos;t use it; it was left as it is. {1}</source>
        <translation>La base de datos {0} está dañada, así que el organizador no puede usarla; se dejó como estaba. {1}</translation>
    </message>
    <message>
        <source>{0} is a {1}, not a database file; it was left untouched. Give the name of a database file, e.g. --db sqlite:///path/to/organizer.sqlite3</source>
        <translation>{0} es {1}, no un archivo de base de datos; no se tocó. Dé el nombre de un archivo de base de datos, por ejemplo --db sqlite:///ruta/a/organizer.sqlite3</translation>
    </message>
    <message>
        <source>{0} is not a command, nor a file or folder here. Did you mean {1}? (organizer --help lists the commands)</source>
        <translation>{0} no es un comando, ni un archivo o carpeta de aquí. ¿Quiso decir {1}? (organizer --help muestra los comandos)</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>Ese caso ya no existe.</translation>
    </message>
    <message>
        <source>Can&apos;t import {0}: {1}. Nothing was changed.</source>
        <translation>No se puede importar {0}: {1}. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is already a case for the folder {0}; nothing was changed.</source>
        <translation>Ya hay un caso para la carpeta {0}; no se cambió nada.</translation>
    </message>
    <message>
        <source>Can&apos;t import {0}: log entry id {1} is already used by another case in this database; import into an empty database. Nothing was changed.</source>
        <translation>No se puede importar {0}: el número de entrada del registro {1} ya lo usa otro caso en esta base de datos; impórtelo en una base de datos vacía. No se cambió nada.</translation>
    </message>
    <message>
        <source>That case is not in the organizer any more; it may have been removed.</source>
        <translation>Ese caso ya no está en el organizador; tal vez se quitó.</translation>
    </message>
    <message>
        <source>The folder {0} already belongs to another case{1}. Choose the folder that holds this case&apos;s papers; nothing was changed.</source>
        <translation>La carpeta {0} ya pertenece a otro caso{1}. Elija la carpeta que tiene los papeles de este caso; no se cambió nada.</translation>
    </message>
    <message>
        <source>elsewhere right now (by {0} on this computer)</source>
        <translation>en otro lugar en este momento (por {0} en esta computadora)</translation>
    </message>
    <message>
        <source>on another computer right now (by {0} on {1})</source>
        <translation>en otra computadora en este momento (por {0} en {1})</translation>
    </message>
    <message>
        <source>on another computer right now</source>
        <translation>en otra computadora en este momento</translation>
    </message>
    <message>
        <source>This case is being read {0}. Try again when it has finished.</source>
        <translation>Este caso se está leyendo {0}. Intente de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>en esta computadora</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>en {0}</translation>
    </message>
    <message>
        <source>This case is being read elsewhere right now (by {0} {1}, process {2}). Try again when it has finished.</source>
        <translation>Este caso se está leyendo en otro lugar en este momento (por {0} {1}, proceso {2}). Intente de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>--demo uses a database of its own: leave out --db.</source>
        <translation>--demo usa una base de datos propia: quite --db.</translation>
    </message>
    <message>
        <source>The organizer can&apos;t use its data folder {0}: {1}.</source>
        <translation>El organizador no puede usar su carpeta de datos {0}: {1}.</translation>
    </message>
    <message>
        <source>Not found: {0}</source>
        <translation>No se encontró: {0}</translation>
    </message>
    <message>
        <source>Open one case folder at a time.</source>
        <translation>Abra una sola carpeta de caso a la vez.</translation>
    </message>
    <message>
        <source>No case was chosen, so these files were not added: {0}</source>
        <translation>No se eligió ningún caso, así que estos archivos no se agregaron: {0}</translation>
    </message>
    <message>
        <source>The case&apos;s details were changed by {0}{1}{2} after you opened it, so your change was not saved. The window now shows the newer version; make your change again if it is still needed.</source>
        <translation>Los datos del caso los cambió {0}{1}{2} después de que usted los abrió, así que su cambio no se guardó. La ventana muestra ahora la versión más nueva; haga su cambio otra vez si todavía hace falta.</translation>
    </message>
    <message>
        <source>This log entry was changed by {0}{1}{2} after you opened it, so your change was not saved. The window now shows the newer version; make your change again if it is still needed.</source>
        <translation>Esta entrada del registro la cambió {0}{1}{2} después de que usted la abrió, así que su cambio no se guardó. La ventana muestra ahora la versión más nueva; haga su cambio otra vez si todavía hace falta.</translation>
    </message>
    <message>
        <source>This call was changed by {0}{1}{2} after you opened it, so your change was not saved. The window now shows the newer version; make your change again if it is still needed.</source>
        <translation>Esta llamada la cambió {0}{1}{2} después de que usted la abrió, así que su cambio no se guardó. La ventana muestra ahora la versión más nueva; haga su cambio otra vez si todavía hace falta.</translation>
    </message>
    <message>
        <source>This question was changed by {0}{1}{2} after you opened it, so your change was not saved. The window now shows the newer version; make your change again if it is still needed.</source>
        <translation>Esta pregunta la cambió {0}{1}{2} después de que usted la abrió, así que su cambio no se guardó. La ventana muestra ahora la versión más nueva; haga su cambio otra vez si todavía hace falta.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>{0} (you: in another window, on another computer, or from a document read)</source>
        <translation>{0} (usted: en otra ventana, en otra computadora o desde un documento leído)</translation>
    </message>
    <message>
        <source> on {0} at {1}</source>
        <translation> el {0} a las {1}</translation>
    </message>
    <message>
        <source> (“{0}”)</source>
        <translation> («{0}»)</translation>
    </message>
    <message>
        <source>the file is too large to be an organizer export</source>
        <translation>el archivo es demasiado grande para ser una exportación del organizador</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {0})</source>
        <translation>no es JSON válido (línea {0})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>holds characters that are not valid text</source>
        <translation>tiene caracteres que no son texto válido</translation>
    </message>
    <message>
        <source>{0} is not a date (YYYY-MM-DD)</source>
        <translation>{0} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{0} is not a date and time with its UTC offset</source>
        <translation>{0} no es una fecha y hora con su diferencia con UTC</translation>
    </message>
    <message>
        <source>{0} is outside the calendar</source>
        <translation>{0} está fuera del calendario</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation>debe ser un número entero, 1 o más</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>{0} is not one of: {1}</source>
        <translation>{0} no es uno de estos: {1}</translation>
    </message>
    <message>
        <source>must be a list of checklist items</source>
        <translation>debe ser una lista de elementos de la lista</translation>
    </message>
    <message>
        <source>{0} escapes a name in a way never written</source>
        <translation>{0} codifica un nombre de una forma que nunca se escribe</translation>
    </message>
    <message>
        <source>{0} points outside the case folder</source>
        <translation>{0} apunta fuera de la carpeta del caso</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>debe tener 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>{0} must be a JSON object</source>
        <translation>{0} debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>{0} is missing the key &quot;{1}&quot;</source>
        <translation>a {0} le falta la clave &quot;{1}&quot;</translation>
    </message>
    <message>
        <source>{0}.{1} {2}</source>
        <translation>{0}.{1} {2}</translation>
    </message>
    <message>
        <source>{0}.{1} must be a list</source>
        <translation>{0}.{1} debe ser una lista</translation>
    </message>
    <message>
        <source>{0} repeats a document in the same role</source>
        <translation>{0} repite un documento con el mismo papel</translation>
    </message>
    <message>
        <source>log[{0}].id {1} is used twice</source>
        <translation>log[{0}].id {1} se usa dos veces</translation>
    </message>
    <message>
        <source>{0}.path is not in the documents list</source>
        <translation>{0}.path no está en la lista de documentos</translation>
    </message>
    <message>
        <source>log[{0}].appeal_of names no other log entry</source>
        <translation>log[{0}].appeal_of no nombra ninguna otra entrada del registro</translation>
    </message>
    <message>
        <source>it is not an organizer export (&quot;format&quot; is not &quot;{0}&quot;)</source>
        <translation>no es una exportación del organizador (&quot;format&quot; no es &quot;{0}&quot;)</translation>
    </message>
    <message>
        <source>it is export format version {0}; this organizer reads versions {1} and {2}</source>
        <translation>es la versión {0} del formato de exportación; este organizador lee las versiones {1} y {2}</translation>
    </message>
    <message>
        <source>the documents list names the same path twice</source>
        <translation>la lista de documentos nombra la misma ruta dos veces</translation>
    </message>
    <message>
        <source>documents[{0}].duplicate_of names no other document</source>
        <translation>documents[{0}].duplicate_of no nombra ningún otro documento</translation>
    </message>
    <message>
        <source>it is not valid JSON (it is not UTF-8 text)</source>
        <translation>no es JSON válido (no es texto UTF-8)</translation>
    </message>
    <message>
        <source>That log entry no longer exists; it may have been removed elsewhere.</source>
        <translation>Esa entrada del registro ya no existe; tal vez se quitó en otro lugar.</translation>
    </message>
    <message>
        <source>That case no longer exists; it may have been removed elsewhere.</source>
        <translation>Ese caso ya no existe; tal vez se quitó en otro lugar.</translation>
    </message>
    <message>
        <source>That call no longer exists; it may have been removed elsewhere.</source>
        <translation>Esa llamada ya no existe; tal vez se quitó en otro lugar.</translation>
    </message>
    <message>
        <source>That question no longer exists; it may have been removed elsewhere.</source>
        <translation>Esa pregunta ya no existe; tal vez se quitó en otro lugar.</translation>
    </message>
    <message>
        <source>That document no longer exists; it may have been removed elsewhere.</source>
        <translation>Ese documento ya no existe; tal vez se quitó en otro lugar.</translation>
    </message>
    <message>
        <source>--to must be one of {0}, not {1}.</source>
        <translation>--to debe ser uno de estos: {0}; no {1}.</translation>
    </message>
    <message>
        <source>{0} is not a PDF that can be read ({1}).</source>
        <translation>{0} no es un PDF que se pueda leer ({1}).</translation>
    </message>
    <message>
        <source>{0} is locked in a way that can&apos;t be opened.</source>
        <translation>{0} está bloqueado de una forma que no se puede abrir.</translation>
    </message>
    <message>
        <source>The password given for {0} does not open it. Give its password (--password), or leave it out of the packet. Nothing was written.</source>
        <translation>La contraseña dada para {0} no lo abre. Dé su contraseña (--password) o déjelo fuera del paquete. No se escribió nada.</translation>
    </message>
    <message>
        <source>There is a password on {0}. Give its password (--password), or leave it out of the packet. Nothing was written.</source>
        <translation>{0} tiene contraseña. Dé su contraseña (--password) o déjelo fuera del paquete. No se escribió nada.</translation>
    </message>
    <message>
        <source>{0} changed while the packet was made.</source>
        <translation>{0} cambió mientras se hacía el paquete.</translation>
    </message>
    <message>
        <source>The packet could not be saved into the case folder ({0}). Give --out to save it elsewhere.</source>
        <translation>El paquete no se pudo guardar en la carpeta del caso ({0}). Use --out para guardarlo en otro lugar.</translation>
    </message>
    <message>
        <source>That suggestion is no longer there (it may have been handled already).</source>
        <translation>Esa sugerencia ya no está (tal vez ya se atendió).</translation>
    </message>
    <message>
        <source>This link was confirmed by you; it is not a suggestion any more.</source>
        <translation>Usted confirmó este vínculo; ya no es una sugerencia.</translation>
    </message>
    <message>
        <source>That case is not in the organizer any more; it may have been removed already.</source>
        <translation>Ese caso ya no está en el organizador; tal vez ya se quitó.</translation>
    </message>
    <message>
        <source>The document &quot;{0}&quot; can&apos;t be drawn: the file is not ready.</source>
        <translation>No se puede dibujar el documento &quot;{0}&quot;: el archivo no está listo.</translation>
    </message>
    <message>
        <source>The status sheet can&apos;t be drawn: the printer or file is not ready.</source>
        <translation>No se puede dibujar la hoja de estado: la impresora o el archivo no está listo.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/dbname</source>
        <translation>postgresql+psycopg://usuario@servidor/nombre_de_la_base</translation>
    </message>
    <message>
        <source>The organizer talks to PostgreSQL through psycopg 3, not {0}. Use a form like {1}</source>
        <translation>El organizador se comunica con PostgreSQL por medio de psycopg 3, no de {0}. Use una forma como {1}</translation>
    </message>
    <message>
        <source>Name the database in the address: {0}</source>
        <translation>Nombre la base de datos en la dirección: {0}</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed with this organizer. Install it with: {0}</source>
        <translation>El soporte de PostgreSQL no está instalado con este organizador. Instálelo con: {0}</translation>
    </message>
    <message>
        <source>The database {0} holds tables that were not made by this organizer; it was left untouched. Give the organizer a database of its own.</source>
        <translation>La base de datos {0} tiene tablas que no hizo este organizador; no se tocó. Dele al organizador una base de datos propia.</translation>
    </message>
    <message>
        <source>You can look at this case but not change it: your account on the database {0} may only read (a read-only role). {1} Ask the person who manages the database for the right to make changes.</source>
        <translation>Puede ver este caso pero no cambiarlo: su cuenta en la base de datos {0} solo puede leer (un rol de solo lectura). {1} Pídale a la persona que administra la base de datos el permiso para hacer cambios.</translation>
    </message>
    <message>
        <source>The database {0} needs an update for this version of the organizer, and your account may only read it (a read-only role). It was left untouched. Ask the person who manages the database to open it once with an account that may change it.</source>
        <translation>La base de datos {0} necesita una actualización para esta versión del organizador, y su cuenta solo puede leerla (un rol de solo lectura). No se tocó. Pídale a la persona que administra la base de datos que la abra una vez con una cuenta que pueda cambiarla.</translation>
    </message>
    <message>
        <source>The database server of {0} is out of room ({1}). {2} Tell the person who manages the database.</source>
        <translation>El servidor de la base de datos {0} se quedó sin espacio ({1}). {2} Avísele a la persona que administra la base de datos.</translation>
    </message>
    <message>
        <source>The database {0} was busy with someone else&apos;s change. {1} Try again.</source>
        <translation>La base de datos {0} estaba ocupada con el cambio de otra persona. {1} Intente de nuevo.</translation>
    </message>
    <message>
        <source>The organizer could not use the database {0}: {1}. Check the address, that the server is running and that your account may connect.</source>
        <translation>El organizador no pudo usar la base de datos {0}: {1}. Revise la dirección, que el servidor esté funcionando y que su cuenta pueda conectarse.</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>Kind {0}: {1}</source>
        <translation>Tipo ({0}): {1}</translation>
    </message>
    <message>
        <source>Outcome {0}: {1}</source>
        <translation>Resultado ({0}): {1}</translation>
    </message>
    <message>
        <source>Sender {0}: {1}</source>
        <translation>Remitente ({0}): {1}</translation>
    </message>
    <message>
        <source>found &quot;{0}&quot;</source>
        <translation>dice “{0}”</translation>
    </message>
    <message>
        <source>found &quot;title: {0}&quot;</source>
        <translation>el título dice “{0}”</translation>
    </message>
    <message>
        <source>you set this kind</source>
        <translation>usted eligió este tipo</translation>
    </message>
    <message>
        <source>like {0} documents you filed as {1} ({2} sure)</source>
        <translation>se parece a {0} documentos que usted archivó como {1} (seguro en un {2})</translation>
    </message>
    <message>
        <source>the rules said {0}</source>
        <translation>las reglas decían {0}</translation>
    </message>
    <message>
        <source>found little about health coverage</source>
        <translation>dice poco sobre cobertura de salud</translation>
    </message>
    <message>
        <source>not about health coverage</source>
        <translation>no trata de cobertura de salud</translation>
    </message>
    <message>
        <source>an e-mail about your coverage</source>
        <translation>un correo electrónico sobre su cobertura</translation>
    </message>
    <message>
        <source>an e-mail is read as a letter</source>
        <translation>un correo electrónico se lee como una carta</translation>
    </message>
    <message>
        <source>from the attached letter</source>
        <translation>según la carta adjunta</translation>
    </message>
    <message>
        <source>the sender could not be told from the letterhead</source>
        <translation>el membrete no deja saber quién la envía</translation>
    </message>
    <message>
        <source>{0} passes on the plan&apos;s decision: &quot;{1}&quot;</source>
        <translation>{0} transmite la decisión del plan: “{1}”</translation>
    </message>
    <message>
        <source>written by {0}, so it is information</source>
        <translation>la escribió {0}, así que es información</translation>
    </message>
    <message>
        <source>no decision or request found</source>
        <translation>no se encontró ninguna decisión ni pedido</translation>
    </message>
    <message>
        <source>not about a health plan, therapy or service</source>
        <translation>no trata de un plan de salud, una terapia ni un servicio</translation>
    </message>
    <message>
        <source>about another person ({0}), not this case</source>
        <translation>trata de otra persona ({0}), no de este caso</translation>
    </message>
    <message>
        <source>names {0}, not {1}</source>
        <translation>nombra a {0}, no a {1}</translation>
    </message>
    <message>
        <source>signed by {0}, so it is information</source>
        <translation>la firmó {0}, así que es información</translation>
    </message>
    <message>
        <source>the doctor&apos;s office</source>
        <translation>el consultorio del médico</translation>
    </message>
    <message>
        <source>the pharmacy</source>
        <translation>la farmacia</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Document date: read from &quot;{0}&quot;</source>
        <translation>Fecha del documento: leída de “{0}”</translation>
    </message>
    <message>
        <source>Document date: sent &quot;{0}&quot;</source>
        <translation>Fecha del documento: enviado “{0}”</translation>
    </message>
    <message>
        <source>Document date: the date at the top, &quot;{0}&quot;</source>
        <translation>Fecha del documento: la fecha de arriba, “{0}”</translation>
    </message>
    <message>
        <source>Due date: &quot;{0}&quot;</source>
        <translation>Fecha límite: “{0}”</translation>
    </message>
    <message>
        <source>Due date: &quot;{0}&quot; from the letter date</source>
        <translation>Fecha límite: “{0}” desde la fecha de la carta</translation>
    </message>
    <message>
        <source>Appeal by: &quot;{0}&quot;</source>
        <translation>Apelar a más tardar: “{0}”</translation>
    </message>
    <message>
        <source>Appeal by: &quot;{0}&quot; counted from the letter date</source>
        <translation>Apelar a más tardar: “{0}” contados desde la fecha de la carta</translation>
    </message>
    <message>
        <source>Asks for: no request phrase found</source>
        <translation>Pide: no se encontró ninguna frase de pedido</translation>
    </message>
    <message>
        <source>Asks for: no checklist item found</source>
        <translation>Pide: no se encontró nada de la lista</translation>
    </message>
    <message>
        <source>Asks for: {0}</source>
        <translation>Pide: {0}</translation>
    </message>
    <message>
        <source>Reference number: read from &quot;{0}&quot;</source>
        <translation>Número de referencia: leído de “{0}”</translation>
    </message>
    <message>
        <source>Member ID: the ID in your case is printed on it</source>
        <translation>Número de miembro: trae impreso el número de su caso</translation>
    </message>
    <message>
        <source>Member ID: the ID in your case, read with one character unclear</source>
        <translation>Número de miembro: el número de su caso, con un carácter poco claro</translation>
    </message>
    <message>
        <source>Member ID: a Medicare number is printed on it</source>
        <translation>Número de miembro: trae impreso un número de Medicare</translation>
    </message>
    <message>
        <source>Member ID: read from &quot;{0}&quot;</source>
        <translation>Número de miembro: leído de “{0}”</translation>
    </message>
    <message>
        <source>{0} (the case&apos;s ID)</source>
        <translation>{0} (el número del caso)</translation>
    </message>
    <message>
        <source>Fulfils: {0} ({1})</source>
        <translation>Cumple con: {0} ({1})</translation>
    </message>
    <message>
        <source>the result of a benefits check</source>
        <translation>el resultado de una verificación de beneficios</translation>
    </message>
    <message>
        <source>a signed form</source>
        <translation>un formulario firmado</translation>
    </message>
    <message>
        <source>an approval</source>
        <translation>una aprobación</translation>
    </message>
    <message>
        <source>a letter that fulfils no item</source>
        <translation>una carta que no cumple con nada de la lista</translation>
    </message>
    <message>
        <source>reads like {0}</source>
        <translation>se lee como {0}</translation>
    </message>
    <message>
        <source>not about this coverage</source>
        <translation>no trata de esta cobertura</translation>
    </message>
    <message>
        <source>a prescription, referral or order</source>
        <translation>una receta, remisión u orden</translation>
    </message>
    <message>
        <source>a claim statement is not plan information</source>
        <translation>un estado de reclamos no es información del plan</translation>
    </message>
    <message>
        <source>plan information</source>
        <translation>información del plan</translation>
    </message>
    <message>
        <source>a copy of an insurance card</source>
        <translation>una copia de la tarjeta del seguro</translation>
    </message>
    <message>
        <source>Not sure of the {0}, please check: {1}</source>
        <translation>No se sabe con certeza {0}; revíselo, por favor: {1}</translation>
    </message>
    <message>
        <source>nothing clear</source>
        <translation>nada claro</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} o {1}</translation>
    </message>
    <message>
        <source>About another person: {0}</source>
        <translation>Sobre otra persona: {0}</translation>
    </message>
</context>
<context>
    <name>explain-field</name>
    <message>
        <source>letter outcome</source>
        <translation>el resultado de la carta</translation>
    </message>
    <message>
        <source>document date</source>
        <translation>la fecha del documento</translation>
    </message>
    <message>
        <source>member id</source>
        <translation>el número de miembro</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>el número de referencia</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>la fecha límite</translation>
    </message>
</context>
<context>
    <name>explain-item</name>
    <message>
        <source>prescription</source>
        <translation>receta</translation>
    </message>
    <message>
        <source>insurance card</source>
        <translation>tarjeta del seguro</translation>
    </message>
    <message>
        <source>benefits verification</source>
        <translation>verificación de beneficios</translation>
    </message>
    <message>
        <source>prior authorization</source>
        <translation>autorización previa</translation>
    </message>
    <message>
        <source>clinical notes</source>
        <translation>notas clínicas</translation>
    </message>
    <message>
        <source>lab results</source>
        <translation>resultados de laboratorio</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>medication history</source>
        <translation>historial de medicamentos</translation>
    </message>
    <message>
        <source>medical necessity</source>
        <translation>necesidad médica</translation>
    </message>
    <message>
        <source>signed forms</source>
        <translation>formularios firmados</translation>
    </message>
</context>
<context>
    <name>explain-kind</name>
    <message>
        <source>referral</source>
        <translation>remisión o receta</translation>
    </message>
    <message>
        <source>insurance</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>expediente médico</translation>
    </message>
    <message>
        <source>other</source>
        <translation>no es de este tema</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>sin clasificar</translation>
    </message>
</context>
<context>
    <name>explain-outcome</name>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>negado</translation>
    </message>
    <message>
        <source>info_requested</source>
        <translation>pide más</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>para su información</translation>
    </message>
</context>
<context>
    <name>explain-sender</name>
    <message>
        <source>payer</source>
        <translation>plan de seguro</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>consultorio del médico</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>farmacia</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra persona</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>files to add</source>
        <translation>los archivos que agregar</translation>
    </message>
    <message>
        <source>link them to this log entry once they are read (ids: organizer log)</source>
        <translation>vincularlos a esta entrada del registro cuando se lean (números: organizer log)</translation>
    </message>
    <message>
        <source>add files to a case, as a drop on the window would</source>
        <translation>agregar archivos a un caso, como al soltarlos en la ventana</translation>
    </message>
    <message>
        <source>where to write the backup (outside the case folder); written readable by you only</source>
        <translation>dónde escribir la copia de seguridad (fuera de la carpeta del caso); solo usted puede leerla</translation>
    </message>
    <message>
        <source>a file made by backup</source>
        <translation>un archivo hecho por backup</translation>
    </message>
    <message>
        <source>put this copy back as the database (the current one is kept as another copy)</source>
        <translation>volver a poner esta copia como base de datos (la actual se guarda como otra copia)</translation>
    </message>
    <message>
        <source>write one backup file of a case (its log and the fingerprints of its documents)</source>
        <translation>escribir un archivo de copia de seguridad de un caso (su registro y las huellas de sus documentos)</translation>
    </message>
    <message>
        <source>restore a backup file into a new case for a folder</source>
        <translation>restaurar un archivo de copia de seguridad en un caso nuevo para una carpeta</translation>
    </message>
    <message>
        <source>list the automatic copies of the database, or put one back</source>
        <translation>ver las copias automáticas de la base de datos, o volver a poner una</translation>
    </message>
    <message>
        <source>the case folder (needed when there are several)</source>
        <translation>la carpeta del caso (hace falta cuando hay varios)</translation>
    </message>
    <message>
        <source>the case folder to restore it for (a new case is made for it)</source>
        <translation>la carpeta del caso para la que se restaura (se hace un caso nuevo para ella)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprimir JSON</translation>
    </message>
    <message>
        <source>list the cases in the database</source>
        <translation>ver los casos de la base de datos</translation>
    </message>
    <message>
        <source>print the requested/submitted log of a case</source>
        <translation>imprimir el registro de lo pedido y lo enviado de un caso</translation>
    </message>
    <message>
        <source>how far ahead to look, in days (default %(default)s); overdue ones always show</source>
        <translation>cuántos días hacia adelante mirar (si no se indica: %(default)s); las vencidas se muestran siempre</translation>
    </message>
    <message>
        <source>where to write the calendar file (outside the case folder); readable by you only</source>
        <translation>dónde escribir el archivo de calendario (fuera de la carpeta del caso); solo usted puede leerlo</translation>
    </message>
    <message>
        <source>a reminder this many days before each deadline (default %(default)s; 0 for none)</source>
        <translation>un recordatorio estos días antes de cada fecha límite (si no se indica: %(default)s; 0 para ninguno)</translation>
    </message>
    <message>
        <source>list the deadlines that are overdue or come in the next days</source>
        <translation>ver las fechas límite vencidas o de los próximos días</translation>
    </message>
    <message>
        <source>write the open deadlines as a calendar file (.ics)</source>
        <translation>escribir las fechas límite pendientes en un archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>comandos:</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>opción %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estas opciones: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>no se reconocen estas opciones: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>valor no válido: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>falta al menos un valor</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta una de estas opciones: %s</translation>
    </message>
    <message>
        <source>the case folder</source>
        <translation>la carpeta del caso</translation>
    </message>
    <message>
        <source>don&apos;t read scanned pages</source>
        <translation>no leer las páginas escaneadas</translation>
    </message>
    <message>
        <source>print the summary as JSON, with each document&apos;s path, state and kind</source>
        <translation>imprimir el resumen como JSON, con la ruta, el estado y el tipo de cada documento</translation>
    </message>
    <message>
        <source>read every document in a case folder</source>
        <translation>leer todos los documentos de la carpeta de un caso</translation>
    </message>
    <message>
        <source>which letter</source>
        <translation>qué carta</translation>
    </message>
    <message>
        <source>the log entry</source>
        <translation>la entrada del registro</translation>
    </message>
    <message>
        <source>where to write it (outside the case folder): .docx to edit, .pdf to print</source>
        <translation>dónde escribirla (fuera de la carpeta del caso): .docx para editar, .pdf para imprimir</translation>
    </message>
    <message>
        <source>paper size of a PDF</source>
        <translation>tamaño del papel de un PDF</translation>
    </message>
    <message>
        <source>where to write the sheet (outside the case folder); written readable by you only</source>
        <translation>dónde escribir la hoja (fuera de la carpeta del caso); solo usted puede leerla</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>tamaño del papel</translation>
    </message>
    <message>
        <source>write a letter to edit and sign (appeal, provider-request, case-file) as .docx or .pdf</source>
        <translation>escribir una carta para editar y firmar (apelación: appeal; pedido al consultorio del médico: provider-request; expediente: case-file) como .docx o .pdf</translation>
    </message>
    <message>
        <source>write a sheet for phone calls: a page per organisation, with the three questions</source>
        <translation>escribir una hoja para llamadas: una página por organización, con las tres preguntas</translation>
    </message>
    <message>
        <source>where to write the export (outside the case folder); written readable by you only</source>
        <translation>dónde escribir la exportación (fuera de la carpeta del caso); solo usted puede leerla</translation>
    </message>
    <message>
        <source>a file made by export</source>
        <translation>un archivo hecho por export</translation>
    </message>
    <message>
        <source>print JSON (as in the export)</source>
        <translation>imprimir JSON (como en la exportación)</translation>
    </message>
    <message>
        <source>work the list out as of this date (default: today)</source>
        <translation>hacer la lista como en esta fecha (si no se indica: hoy)</translation>
    </message>
    <message>
        <source>write the whole case as a JSON file (no document text)</source>
        <translation>escribir todo el caso como un archivo JSON (sin el texto de los documentos)</translation>
    </message>
    <message>
        <source>restore a JSON export into a new case for a folder</source>
        <translation>restaurar una exportación JSON en un caso nuevo para una carpeta</translation>
    </message>
    <message>
        <source>print what is still missing, most urgent first</source>
        <translation>imprimir lo que todavía falta, lo más urgente primero</translation>
    </message>
    <message>
        <source>a case folder to open, or PDF and image files to add to the current case</source>
        <translation>una carpeta de caso que abrir, o archivos PDF e imágenes que agregar al caso actual</translation>
    </message>
    <message>
        <source>check that this installation works (and its window, when there is a display)</source>
        <translation>comprobar que esta instalación funciona (y su ventana, cuando hay pantalla)</translation>
    </message>
    <message>
        <source>start with only the tray icon showing (as when started with the computer)</source>
        <translation>empezar solo con el ícono en la bandeja (como al iniciarse con la computadora)</translation>
    </message>
    <message>
        <source>database to use, as an SQLAlchemy URL (sqlite:///path); overrides ORGANIZER_DB</source>
        <translation>la base de datos que usar, como URL de SQLAlchemy (sqlite:///ruta); tiene prioridad sobre ORGANIZER_DB</translation>
    </message>
    <message>
        <source>work everything out as of this day (overrides ORGANIZER_TODAY); for example to see what will be missing next week</source>
        <translation>calcular todo como en este día (tiene prioridad sobre ORGANIZER_TODAY); por ejemplo, para ver qué faltará la semana que viene</translation>
    </message>
    <message>
        <source>language of the words: en (English) or es (Español); default: the system&apos;s</source>
        <translation>idioma de las palabras: en (English) o es (Español); si no se indica: el del sistema</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo case with its own database</source>
        <translation>abrir una copia nueva del caso de demostración con su propia base de datos</translation>
    </message>
    <message>
        <source>Infusion Coverage Organizer keeps the insurance paperwork for home infusion therapy in one place.</source>
        <translation>El organizador de cobertura de infusión guarda en un solo lugar los papeles del seguro para la terapia de infusión en casa.</translation>
    </message>
    <message>
        <source>write the packet here instead (outside the case folder). Default: a new file in the case folder under Sent/YYYY-MM-DD/, the only files the app adds there besides Imported/; it never changes or replaces anything</source>
        <translation>escribir el paquete aquí (fuera de la carpeta del caso). Si no se indica: un archivo nuevo en la carpeta del caso, dentro de Sent/AAAA-MM-DD/, los únicos archivos que la aplicación agrega allí además de Imported/; nunca cambia ni reemplaza nada</translation>
    </message>
    <message>
        <source>who receives it (default: whoever the entry says it is sent to, else the plan)</source>
        <translation>quién lo recibe (si no se indica: a quien la entrada dice que se envía; si no, el plan de seguro)</translation>
    </message>
    <message>
        <source>enclose this file (repeat, in order); default: the entry&apos;s confirmed submission documents, in path order</source>
        <translation>adjuntar este archivo (repetir, en orden); si no se indica: los documentos de envío confirmados de la entrada, por orden de ruta</translation>
    </message>
    <message>
        <source>the password of a locked enclosure, by its file name</source>
        <translation>la contraseña de un adjunto bloqueado, por su nombre de archivo</translation>
    </message>
    <message>
        <source>the sender (default: patient)</source>
        <translation>quien envía (si no se indica: el paciente)</translation>
    </message>
    <message>
        <source>a phone number to call back</source>
        <translation>un número de teléfono para devolver la llamada</translation>
    </message>
    <message>
        <source>paper size of the cover</source>
        <translation>tamaño del papel de la portada</translation>
    </message>
    <message>
        <source>record the entry as sent today, by fax, to the recipient</source>
        <translation>anotar la entrada como enviada hoy, por fax, a quien la recibe</translation>
    </message>
    <message>
        <source>make a fax-ready packet (cover page and documents) for an entry</source>
        <translation>hacer un paquete listo para fax (portada y documentos) para una entrada</translation>
    </message>
    <message>
        <source>accept every suggestion that is waiting</source>
        <translation>aceptar todas las sugerencias que esperan</translation>
    </message>
    <message>
        <source>list the suggestions waiting for review</source>
        <translation>ver las sugerencias que esperan revisión</translation>
    </message>
    <message>
        <source>paper size (default: letter in the US and Canada, a4 elsewhere)</source>
        <translation>tamaño del papel (si no se indica: letter en EE. UU. y Canadá, a4 en otros lugares)</translation>
    </message>
    <message>
        <source>write the one-page status sheet for the office as a PDF</source>
        <translation>escribir la hoja de estado de una página para el consultorio, como PDF</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Only PDF files, pictures (JPEG, PNG, TIFF, HEIC) and e-mails (.eml, .msg) can be added.</source>
        <translation>Solo se pueden agregar archivos PDF, imágenes (JPEG, PNG, TIFF, HEIC) y correos electrónicos (.eml, .msg).</translation>
    </message>
    <message>
        <source>This is an AVIF picture. Please save it as JPEG or PDF first.</source>
        <translation>Es una imagen AVIF. Guárdela primero como JPEG o PDF, por favor.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. To keep a whole folder of papers, open it as a case instead, or drop the files that are in it.</source>
        <translation>Es una carpeta, no un archivo. Para guardar una carpeta entera de papeles, ábrala como un caso, o suelte los archivos que hay dentro.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Agregado.</translation>
    </message>
    <message>
        <source>Saved as a PDF.</source>
        <translation>Guardado como PDF.</translation>
    </message>
    <message>
        <source>This file is no longer there.</source>
        <translation>Este archivo ya no está.</translation>
    </message>
    <message>
        <source>This file can&apos;t be opened: you don&apos;t have permission to read it.</source>
        <translation>No se puede abrir este archivo: usted no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>This file is named like an Outlook e-mail, but it is not one.</source>
        <translation>Este archivo tiene nombre de correo de Outlook, pero no lo es.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <source>This file is named like a PDF, but it is not one.</source>
        <translation>Este archivo tiene nombre de PDF, pero no lo es.</translation>
    </message>
    <message>
        <source>Pictures can&apos;t be saved as a PDF here; please add a PDF instead.</source>
        <translation>Aquí no se pueden guardar imágenes como PDF; agregue un PDF en su lugar, por favor.</translation>
    </message>
    <message>
        <source>This file changed while it was being copied. Please try again.</source>
        <translation>Este archivo cambió mientras se copiaba. Intente de nuevo, por favor.</translation>
    </message>
    <message>
        <source>This picture can&apos;t be opened; it may be damaged.</source>
        <translation>No se puede abrir esta imagen; puede estar dañada.</translation>
    </message>
    <message>
        <source>Already in your folder: {0}</source>
        <translation>Ya está en su carpeta: {0}</translation>
    </message>
    <message>
        <source>This file can&apos;t be read ({0}).</source>
        <translation>No se puede leer este archivo ({0}).</translation>
    </message>
    <message>
        <source>It could not be saved into your folder ({0}).</source>
        <translation>No se pudo guardar en su carpeta ({0}).</translation>
    </message>
    <message>
        <source>Its attachments could not be saved into your folder ({0}).</source>
        <translation>No se pudieron guardar sus adjuntos en su carpeta ({0}).</translation>
    </message>
    <message>
        <source>A readable PDF of the e-mail.</source>
        <translation>Un PDF legible del correo.</translation>
    </message>
    <message>
        <source>{0}: already in your folder.</source>
        <translation>{0}: ya está en su carpeta.</translation>
    </message>
    <message>
        <source>Attachment {0} of {1}.</source>
        <translation>Archivo adjunto {0} de {1}.</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>TEMPLATE: edit this letter, fill in the parts in [brackets], then sign it. It was filled in from your case by the organizer; it is not legal or coverage advice.</source>
        <translation>PLANTILLA: revise esta carta, complete las partes entre [corchetes] y fírmela. El organizador la llenó con los datos de su caso; no es asesoría legal ni de cobertura.</translation>
    </message>
    <message>
        <source>[fill in]</source>
        <translation>[complete]</translation>
    </message>
    <message>
        <source>To whom it may concern,</source>
        <translation>A quien corresponda:</translation>
    </message>
    <message>
        <source>Re: {0}</source>
        <translation>Asunto: {0}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Número de miembro</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>[your address]</source>
        <translation>[su dirección]</translation>
    </message>
    <message>
        <source>[your phone number]</source>
        <translation>[su número de teléfono]</translation>
    </message>
    <message>
        <source>Fax: {0}</source>
        <translation>Fax: {0}</translation>
    </message>
    <message>
        <source>[the insurance plan]</source>
        <translation>[el plan de seguro]</translation>
    </message>
    <message>
        <source>Appeals / member services</source>
        <translation>Apelaciones / servicios al miembro</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>[signature]</source>
        <translation>[firma]</translation>
    </message>
    <message>
        <source>[list what you enclose]</source>
        <translation>[anote lo que adjunta]</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>What was denied</source>
        <translation>Lo que se negó</translation>
    </message>
    <message>
        <source>Date of the denial</source>
        <translation>Fecha de la negación</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>Fecha límite para apelar</translation>
    </message>
    <message>
        <source>Enclosed</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>I am asking you to review again the decision of {0} (reference {1}) that denied {2}. I ask for an expedited review if waiting could seriously harm my health: [say why, or delete this sentence].</source>
        <translation>Les pido que revisen otra vez la decisión del {0} (referencia {1}) que negó {2}. Pido una revisión acelerada si esperar podría dañar gravemente mi salud: [diga por qué, o borre esta oración].</translation>
    </message>
    <message>
        <source>The reasons this should be covered: [write the specific reasons, short and precise: what the plan said, and why it does not fit this case. The prescriber&apos;s letter of medical necessity helps].</source>
        <translation>Las razones por las que debería tener cobertura: [escriba las razones concretas, breves y precisas: lo que dijo el plan y por qué no corresponde a este caso. La carta de necesidad médica del médico ayuda].</translation>
    </message>
    <message>
        <source>Enclosed: {0}.</source>
        <translation>Adjunto: {0}.</translation>
    </message>
    <message>
        <source>Please send me your decision in writing, and the case file used for it.</source>
        <translation>Por favor envíenme su decisión por escrito, y el expediente del caso que usaron para tomarla.</translation>
    </message>
    <message>
        <source>Appeal of the denial of {0}, reference {1}</source>
        <translation>Apelación de la negación de {0}, referencia {1}</translation>
    </message>
    <message>
        <source>Appeal / request for review</source>
        <translation>Apelación / solicitud de revisión</translation>
    </message>
    <message>
        <source>[the prescriber&apos;s office]</source>
        <translation>[el consultorio del médico]</translation>
    </message>
    <message>
        <source>Attention: {0}</source>
        <translation>Atención: {0}</translation>
    </message>
    <message>
        <source>the insurance plan</source>
        <translation>el plan de seguro</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Lo que se pidió</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Quién lo pidió</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Se necesita a más tardar el</translation>
    </message>
    <message>
        <source>home infusion therapy</source>
        <translation>terapia de infusión en casa</translation>
    </message>
    <message>
        <source>Could your office please send it to the plan (fax {0}), and let me know the day it was sent? This may be the patient&apos;s records, or a letter of medical necessity: [say exactly what the plan&apos;s letter asks for].</source>
        <translation>¿Podría su consultorio enviarlo al plan (fax {0}) y avisarme el día en que lo envió? Puede ser el expediente del paciente o una carta de necesidad médica: [diga exactamente lo que pide la carta del plan].</translation>
    </message>
    <message>
        <source>Could your office please send it to the plan, and let me know the day it was sent? This may be the patient&apos;s records, or a letter of medical necessity: [say exactly what the plan&apos;s letter asks for].</source>
        <translation>¿Podría su consultorio enviarlo al plan y avisarme el día en que lo envió? Puede ser el expediente del paciente o una carta de necesidad médica: [diga exactamente lo que pide la carta del plan].</translation>
    </message>
    <message>
        <source>{0} has asked for the following, to decide on my {1}: {2}. It is needed by {3} (reference {4}).</source>
        <translation>{0} pidió lo siguiente para decidir sobre mi {1}: {2}. Se necesita a más tardar el {3} (referencia {4}).</translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Gracias por su ayuda.</translation>
    </message>
    <message>
        <source>Please send {0} by {1}</source>
        <translation>Por favor envíe {0} a más tardar el {1}</translation>
    </message>
    <message>
        <source>Request to the prescriber&apos;s office</source>
        <translation>Pedido al consultorio del médico</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>Please send me a copy of the complete case file for the request about {0} (reference {1}): every document, note and record of calls you used, and the criteria or guidelines applied in the decision.</source>
        <translation>Por favor envíenme una copia del expediente completo del caso del pedido sobre {0} (referencia {1}): todos los documentos, notas y registros de llamadas que usaron, y los criterios o guías que aplicaron en la decisión.</translation>
    </message>
    <message>
        <source>Please send it free of charge, to the address above [or by fax to your fax number].</source>
        <translation>Por favor envíenlo sin costo a la dirección de arriba [o por fax a su número de fax].</translation>
    </message>
    <message>
        <source>Request for my case file, reference {0}</source>
        <translation>Solicitud de mi expediente del caso, referencia {0}</translation>
    </message>
    <message>
        <source>Request for the case file</source>
        <translation>Solicitud del expediente del caso</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>Prescription or therapy order</source>
        <translation>Receta u orden de terapia</translation>
    </message>
    <message>
        <source>Insurance card copy</source>
        <translation>Copia de la tarjeta del seguro</translation>
    </message>
    <message>
        <source>Benefits check</source>
        <translation>Verificación de beneficios</translation>
    </message>
    <message>
        <source>Prior authorization</source>
        <translation>Autorización previa</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notas clínicas</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Resultados de laboratorio</translation>
    </message>
    <message>
        <source>Diagnosis details</source>
        <translation>Datos del diagnóstico</translation>
    </message>
    <message>
        <source>Medication history</source>
        <translation>Historial de medicamentos</translation>
    </message>
    <message>
        <source>Letter of medical necessity</source>
        <translation>Carta de necesidad médica</translation>
    </message>
    <message>
        <source>Signed forms</source>
        <translation>Formularios firmados</translation>
    </message>
    <message>
        <source>asked for before the plan decided on {0}</source>
        <translation>se pidió antes de que el plan decidiera, el {0}</translation>
    </message>
    <message>
        <source>no date set yet</source>
        <translation>todavía sin fecha</translation>
    </message>
    <message>
        <source>check the letter for the appeal deadline</source>
        <translation>revise en la carta la fecha límite de la apelación</translation>
    </message>
    <message>
        <source>the appeal deadline {0} has passed</source>
        <translation>ya pasó la fecha límite de la apelación, el {0}</translation>
    </message>
    <message>
        <source>appeal by {0} ({1} left)</source>
        <translation>apelar a más tardar el {0} (quedan {1})</translation>
    </message>
    <message>
        <source>{0} was denied</source>
        <translation>Se negó: {0}</translation>
    </message>
    <message>
        <source>Waiting for {0}&apos;s result on {1}</source>
        <translation>Esperando el resultado de {0} sobre {1}</translation>
    </message>
    <message>
        <source>Waiting for {0}&apos;s decision on {1}</source>
        <translation>Esperando la decisión de {0} sobre {1}</translation>
    </message>
    <message>
        <source>sent; no date given</source>
        <translation>enviado; sin fecha prevista</translation>
    </message>
    <message>
        <source>The decision on {0} is {1} late: {2} and ask for the status, and whether an expedited review applies</source>
        <translation>La decisión sobre {0} lleva {1} de retraso: {2} y pregunte cómo va, y si corresponde una revisión acelerada</translation>
    </message>
    <message>
        <source>{0} (a letter in your folder may answer it: link it as the answer)</source>
        <translation>{0} (puede que una carta de su carpeta lo responda: vincúlela como respuesta)</translation>
    </message>
    <message>
        <source>{0} (a copy is in the folder, not marked as sent)</source>
        <translation>{0} (hay una copia en la carpeta, sin marcar como enviado)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>enviado {0}</translation>
    </message>
    <message>
        <source>{0}: {1}, but no copy in your folder</source>
        <translation>{0}: {1}, pero sin copia en su carpeta</translation>
    </message>
    <message>
        <source>the approval ended {0} ({1})</source>
        <translation>la aprobación terminó el {0} ({1})</translation>
    </message>
    <message>
        <source>the approval ends {0} ({1})</source>
        <translation>la aprobación termina el {0} ({1})</translation>
    </message>
    <message>
        <source>Renewal of {0}: ask {1} to send the re-authorization</source>
        <translation>Renovación de {0}: pida a {1} que envíe la nueva autorización</translation>
    </message>
    <message>
        <source>{0}: the file {1} is gone from the case folder</source>
        <translation>{0}: el archivo {1} ya no está en la carpeta del caso</translation>
    </message>
    <message>
        <source>Provider office</source>
        <translation>Consultorio del médico</translation>
    </message>
    <message>
        <source>Home infusion pharmacy</source>
        <translation>Farmacia de infusión en casa</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>Plan de seguro</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>call {0} at {1}</source>
        <translation>llame a {0} al {1}</translation>
    </message>
    <message>
        <source>call {0}</source>
        <translation>llame a {0}</translation>
    </message>
    <message>
        <source>sent {0}, expected by {1} ({2})</source>
        <translation>enviado el {0}, se espera a más tardar el {1} ({2})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>en {0}</translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>hace {0}</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} de retraso</translation>
    </message>
    <message>
        <source>due {0} ({1})</source>
        <translation>vence el {0} ({1})</translation>
    </message>
    <message>
        <source>sent on {0}</source>
        <translation>enviado el {0}</translation>
    </message>
    <message>
        <source>asked on {0}</source>
        <translation>pedido el {0}</translation>
    </message>
    <message>
        <source>asked {0}</source>
        <translation>pedido {0}</translation>
    </message>
    <message>
        <source>Original Medicare</source>
        <translation>Medicare Original</translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation>Medicare Advantage</translation>
    </message>
    <message>
        <source>Medicare Part D</source>
        <translation>Medicare Parte D</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <source>Commercial or employer plan</source>
        <translation>Plan comercial o del empleador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>the plan&apos;s letter says it decides within {0}</source>
        <translation>la carta del plan de seguro dice que decide en {0}</translation>
    </message>
    <message>
        <source>the standard review time for {0} is {1}</source>
        <translation>el plazo normal de revisión de {0} es de {1}</translation>
    </message>
    <message>
        <source>no standard review time is known for this plan; your reminder is {0}</source>
        <translation>no se conoce un plazo normal de revisión para este plan; su recordatorio es de {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} due: send to {1}</source>
        <translation>{0}: enviar a {1}</translation>
    </message>
    <message>
        <source>{0} due</source>
        <translation>{0}: fecha límite</translation>
    </message>
    <message>
        <source>{0} (suggested, please check)</source>
        <translation>{0} (sugerido, por favor revíselo)</translation>
    </message>
    <message>
        <source>Decision expected on {0} from {1}</source>
        <translation>Se espera la decisión de {1} sobre {0}</translation>
    </message>
    <message>
        <source>Last day to appeal the denial of {0}</source>
        <translation>Último día para apelar la negación de {0}</translation>
    </message>
    <message>
        <source>Renewal of {0} (approved through {2}): ask {1} for the re-authorization</source>
        <translation>Renovación de {0} (aprobada hasta el {2}): pida a {1} la nueva autorización</translation>
    </message>
    <message>
        <source>Call back {0}</source>
        <translation>Volver a llamar a {0}</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <source>The file was not there when it was to be read.</source>
        <translation>El archivo no estaba cuando se iba a leer.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>El archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>This file is named like a document, but it is not a PDF or a picture.</source>
        <translation>Este archivo tiene nombre de documento, pero no es un PDF ni una imagen.</translation>
    </message>
    <message>
        <source>This picture can&apos;t be opened; it may be damaged.</source>
        <translation>No se puede abrir esta imagen; puede estar dañada.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password.</source>
        <translation>Este PDF está protegido con una contraseña.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>El PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>The PDF is damaged: none of its pages could be read.</source>
        <translation>El PDF está dañado: no se pudo leer ninguna de sus páginas.</translation>
    </message>
    <message>
        <source>Scanned pages; text reading is switched off.</source>
        <translation>Páginas escaneadas; la lectura del texto está desactivada.</translation>
    </message>
    <message>
        <source>Scanned pages; Tesseract is not installed, so the text can&apos;t be read.</source>
        <translation>Páginas escaneadas; Tesseract no está instalado, así que el texto no se puede leer.</translation>
    </message>
    <message>
        <source>Reading it took too long.</source>
        <translation>Leerlo tardó demasiado.</translation>
    </message>
    <message>
        <source>The reader stopped while reading this file (it may be damaged).</source>
        <translation>El lector se detuvo mientras leía este archivo (puede estar dañado).</translation>
    </message>
    <message>
        <source>The reader could not be started; it will be tried again later.</source>
        <translation>No se pudo iniciar el lector; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>This e-mail has no text and no attachment that can be read.</source>
        <translation>Este correo no tiene texto ni archivos adjuntos que se puedan leer.</translation>
    </message>
    <message>
        <source>This e-mail is damaged: its parts can&apos;t be told apart.</source>
        <translation>Este correo está dañado: no se pueden distinguir sus partes.</translation>
    </message>
    <message>
        <source>This file is named like an e-mail, but it is not one.</source>
        <translation>Este archivo tiene nombre de correo electrónico, pero no lo es.</translation>
    </message>
    <message>
        <source>This file is named like an Outlook e-mail, but it is not one.</source>
        <translation>Este archivo tiene nombre de correo de Outlook, pero no lo es.</translation>
    </message>
    <message>
        <source>Outlook e-mails can&apos;t be read on this computer.</source>
        <translation>Los correos de Outlook no se pueden leer en esta computadora.</translation>
    </message>
    <message>
        <source>This Outlook e-mail is damaged; it can&apos;t be read.</source>
        <translation>Este correo de Outlook está dañado; no se puede leer.</translation>
    </message>
    <message>
        <source>This e-mail holds too many forwarded e-mails inside each other.</source>
        <translation>Este correo tiene demasiados correos reenviados uno dentro de otro.</translation>
    </message>
    <message>
        <source>This is a link that leads back to itself, so there is no file to read.</source>
        <translation>Este es un enlace que lleva de vuelta a sí mismo, así que no hay ningún archivo que leer.</translation>
    </message>
    <message>
        <source>This is a link to a file that is not there.</source>
        <translation>Este es un enlace a un archivo que no está.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened: {0}</source>
        <translation>No se puede abrir el archivo: {0}</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened: it is a {0}, not an ordinary file.</source>
        <translation>No se puede abrir el archivo: es {0}, no un archivo común.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete, so it can&apos;t be read. Your file is left as it is; ask whoever sent it for a new copy.</source>
        <translation>El PDF está dañado o incompleto, así que no se puede leer. Su archivo se deja tal como está; pida una copia nueva a quien se lo envió.</translation>
    </message>
    <message>
        <source>This picture is too large to read ({0} × {1} pixels).</source>
        <translation>Esta imagen es demasiado grande para leerla ({0} × {1} píxeles).</translation>
    </message>
    <message>
        <source>Too many pages: read the first {0} of {1}.</source>
        <translation>Demasiadas páginas: se leyeron las primeras {0} de {1}.</translation>
    </message>
    <message>
        <source>The scanned pages could not be read: {0}</source>
        <translation>No se pudieron leer las páginas escaneadas: {0}</translation>
    </message>
    <message>
        <source>Reading took too long: read {0} of the {1} scanned pages.</source>
        <translation>La lectura tardó demasiado: se leyeron {0} de las {1} páginas escaneadas.</translation>
    </message>
    <message>
        <source>This e-mail is encrypted ({0}), so its words can&apos;t be read here.</source>
        <translation>Este correo está cifrado ({0}), así que sus palabras no se pueden leer aquí.</translation>
    </message>
    <message>
        <source>This e-mail has too many attachments (over {0}).</source>
        <translation>Este correo tiene demasiados archivos adjuntos (más de {0}).</translation>
    </message>
    <message>
        <source>This e-mail&apos;s attachments are too large to read (over {0} MB).</source>
        <translation>Los archivos adjuntos de este correo son demasiado grandes para leerlos (más de {0} MB).</translation>
    </message>
    <message>
        <source>This e-mail is too large to read (over {0} MB).</source>
        <translation>Este correo es demasiado grande para leerlo (más de {0} MB).</translation>
    </message>
    <message>
        <source>This is not an ordinary file (it is a {0}), so it is not opened.</source>
        <translation>Esto no es un archivo común (es {0}), así que no se abre.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>This letter also asks for {0}, like the letter that suggested “{1}”.</source>
        <translation>Esta carta también pide {0}, como la carta que sugirió “{1}”.</translation>
    </message>
    <message>
        <source>This letter asks for {0}. Your log already tracks that request: “{1}”.</source>
        <translation>Esta carta pide {0}. Su registro ya sigue ese pedido: “{1}”.</translation>
    </message>
    <message>
        <source>This letter asks for {0}. Your log already tracks that request with the same reference number: “{1}”.</source>
        <translation>Esta carta pide {0}. Su registro ya sigue ese pedido con el mismo número de referencia: “{1}”.</translation>
    </message>
    <message>
        <source>This letter of {0} asks for {1}, and nothing open in your log tracks it yet.</source>
        <translation>Esta carta con fecha {0} pide {1}, y ninguna entrada abierta de su registro lo sigue todavía.</translation>
    </message>
    <message>
        <source>This letter of {0} asks for {1}, due {2}, and nothing open in your log tracks it yet.</source>
        <translation>Esta carta con fecha {0} pide {1}, a más tardar el {2}, y ninguna entrada abierta de su registro lo sigue todavía.</translation>
    </message>
    <message>
        <source>This letter of {0} approves a prior authorization, but a later letter already answers “{1}”: it is history.</source>
        <translation>Esta carta con fecha {0} aprueba una autorización previa, pero una carta posterior ya responde a “{1}”: es historial.</translation>
    </message>
    <message>
        <source>This letter of {0} denies a prior authorization, but a later letter already answers “{1}”: it is history.</source>
        <translation>Esta carta con fecha {0} niega una autorización previa, pero una carta posterior ya responde a “{1}”: es historial.</translation>
    </message>
    <message>
        <source>This letter of {0} approves a prior authorization: “{1}”.</source>
        <translation>Esta carta con fecha {0} aprueba una autorización previa: “{1}”.</translation>
    </message>
    <message>
        <source>This letter of {0} denies a prior authorization: “{1}”.</source>
        <translation>Esta carta con fecha {0} niega una autorización previa: “{1}”.</translation>
    </message>
    <message>
        <source>This letter of {0} approves something else. It says: “{1}.”</source>
        <translation>Esta carta con fecha {0} aprueba otra cosa. Dice: “{1}.”</translation>
    </message>
    <message>
        <source>This letter of {0} denies something else. It says: “{1}.”</source>
        <translation>Esta carta con fecha {0} niega otra cosa. Dice: “{1}.”</translation>
    </message>
    <message>
        <source>This looks like the {0} for “{1}”.</source>
        <translation>Esto parece ser el documento de {0} para “{1}”.</translation>
    </message>
    <message>
        <source>This looks like the {0} for “{1}”. It mentions {2}.</source>
        <translation>Esto parece ser el documento de {0} para “{1}”. Menciona {2}.</translation>
    </message>
    <message>
        <source>This letter of {0} is about {1} (“{2}”): it says it was received.</source>
        <translation>Esta carta con fecha {0} trata de {1} (“{2}”): dice que se recibió.</translation>
    </message>
    <message>
        <source>This letter of {0} is about {1} (“{2}”): it says it was received. Accepting marks it as sent on {3}, by {4}.</source>
        <translation>Esta carta con fecha {0} trata de {1} (“{2}”): dice que se recibió. Al aceptar, se marca como enviado el {3}, por {4}.</translation>
    </message>
    <message>
        <source>It carries the same reference number as this entry&apos;s papers.</source>
        <translation>Lleva el mismo número de referencia que los papeles de esta entrada.</translation>
    </message>
    <message>
        <source>An earlier decision on the same request; the latest letter is suggested as the answer.</source>
        <translation>Una decisión anterior sobre el mismo pedido; se sugiere la carta más reciente como la respuesta.</translation>
    </message>
    <message>
        <source>This letter is for member {0}, not this case.</source>
        <translation>Esta carta es para el número de miembro {0}, no para este caso.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>el portal</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>correo postal</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <source>Your office</source>
        <translation>Su consultorio</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>todavía sin completar</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerido</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>todavía sin enviar</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>negado</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <source>result received</source>
        <translation>resultado recibido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>More information asked for</source>
        <translation>Piden más información</translation>
    </message>
    <message>
        <source>Letter for information</source>
        <translation>Carta informativa</translation>
    </message>
    <message>
        <source>the provider&apos;s office</source>
        <translation>el consultorio del médico</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>Para: {0}</translation>
    </message>
    <message>
        <source>Fax: {0}</source>
        <translation>Fax: {0}</translation>
    </message>
    <message>
        <source>From: {0} (patient)</source>
        <translation>De: {0} (paciente)</translation>
    </message>
    <message>
        <source>From: the patient</source>
        <translation>De: el paciente</translation>
    </message>
    <message>
        <source>Attention: {0}     {1}</source>
        <translation>Atención: {0}     {1}</translation>
    </message>
    <message>
        <source>{0} (starts {1})</source>
        <translation>{0} (empieza el {1})</translation>
    </message>
    <message>
        <source>, group {0}</source>
        <translation>, grupo {0}</translation>
    </message>
    <message>
        <source>; also {0}</source>
        <translation>; también {0}</translation>
    </message>
    <message>
        <source>, member ID {0}</source>
        <translation>, núm. de miembro {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>del {0} al {1}</translation>
    </message>
    <message>
        <source>through {0}</source>
        <translation>hasta el {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting for review in the organizer.</source>
        <translation>
            <numerusform>%n carta espera revisión en el organizador.</numerusform>
            <numerusform>%n cartas esperan revisión en el organizador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Plan de seguro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>your office</source>
        <translation>su consultorio</translation>
    </message>
    <message>
        <source>the pharmacy</source>
        <translation>la farmacia</translation>
    </message>
    <message>
        <source>the insurance</source>
        <translation>el plan de seguro</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Todavía falta</translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n item(s)</source>
        <translation>
            <numerusform>Todavía falta: %n cosa</numerusform>
            <numerusform>Todavía faltan: %n cosas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n for your office</source>
        <translation>
            <numerusform>, %n para su consultorio</numerusform>
            <numerusform>, %n para su consultorio</numerusform>
        </translation>
    </message>
    <message>
        <source>Prior authorization: {0}</source>
        <translation>Autorización previa: {0}</translation>
    </message>
    <message>
        <source> on {0}</source>
        <translation> el {0}</translation>
    </message>
    <message>
        <source>reference {0}</source>
        <translation>referencia {0}</translation>
    </message>
    <message>
        <source>no reference number</source>
        <translation>sin número de referencia</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>Para: {0}</translation>
    </message>
    <message>
        <source>Covers: {0}</source>
        <translation>Cubre: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>Según {0}</translation>
    </message>
    <message>
        <source>Latest prior authorization decision: {0}{1}, {2}</source>
        <translation>Última decisión de autorización previa: {0}{1}, {2}</translation>
    </message>
    <message>
        <source>Last call: none written down yet.</source>
        <translation>Última llamada: todavía no hay ninguna anotada.</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>sin referencia</translation>
    </message>
    <message>
        <source>Last call: {0}, {1}, {2}</source>
        <translation>Última llamada: {0}, {1}, {2}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>+%n earlier submitted item(s)</source>
        <translation>
            <numerusform>+%n enviado antes</numerusform>
            <numerusform>+%n enviados antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n not sent yet (under Still missing)</source>
        <translation>
            <numerusform>+%n todavía sin enviar (en Todavía falta)</numerusform>
            <numerusform>+%n todavía sin enviar (en Todavía falta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n marked not needed</source>
        <translation>
            <numerusform>+%n marcado como que no hace falta</numerusform>
            <numerusform>+%n marcados como que no hacen falta</numerusform>
        </translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>para {0}</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>por {0}</translation>
    </message>
    <message>
        <source>the letter &quot;{0}&quot;</source>
        <translation>la carta &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Decision noted</source>
        <translation>Decisión anotada</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>none in the log yet.</source>
        <translation>todavía no hay ninguna en el registro.</translation>
    </message>
    <message>
        <source>{0}; no decision yet.</source>
        <translation>{0}; todavía sin decisión.</translation>
    </message>
    <message>
        <source>sent {0}; no decision yet.</source>
        <translation>enviada el {0}; todavía sin decisión.</translation>
    </message>
    <message>
        <source>not sent yet; no decision yet.</source>
        <translation>todavía sin enviar; todavía sin decisión.</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Qué hace falta</translation>
    </message>
    <message>
        <source>Who sends it</source>
        <translation>Quién lo envía</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source> (suggested, not checked yet)</source>
        <translation> (sugerido, todavía sin revisar)</translation>
    </message>
    <message>
        <source>{0} = overdue, late, denied, or due within 3 days</source>
        <translation>{0} = atrasado, con retraso, negado o vence en 3 días o menos</translation>
    </message>
    <message>
        <source>Nothing is missing right now.</source>
        <translation>No falta nada por ahora.</translation>
    </message>
    <message>
        <source>Nothing is listed yet.</source>
        <translation>Todavía no hay nada anotado.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more still missing; see the organizer</source>
        <translation>
            <numerusform>+%n cosa más todavía falta; vea el organizador</numerusform>
            <numerusform>+%n cosas más todavía faltan; vea el organizador</numerusform>
        </translation>
    </message>
    <message>
        <source>Status sheet: home infusion coverage</source>
        <translation>Hoja de estado: cobertura de infusión en casa</translation>
    </message>
    <message>
        <source>This sheet is an organising aid, not coverage advice.</source>
        <translation>Esta hoja es una ayuda para organizarse, no asesoría sobre la cobertura.</translation>
    </message>
    <message>
        <source>Prepared {0}</source>
        <translation>Preparada el {0}</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Therapy:</source>
        <translation>Terapia:</translation>
    </message>
    <message>
        <source>Insurance:</source>
        <translation>Plan de seguro:</translation>
    </message>
    <message>
        <source>Pharmacy:</source>
        <translation>Farmacia:</translation>
    </message>
    <message>
        <source>Member ID: {0}</source>
        <translation>Número de miembro: {0}</translation>
    </message>
    <message>
        <source>Requested and sent (newest first)</source>
        <translation>Pedido y enviado (lo más reciente primero)</translation>
    </message>
    <message>
        <source>Nothing has been asked for or sent yet.</source>
        <translation>Todavía no se pidió ni se envió nada.</translation>
    </message>
    <message>
        <source>Asked for: when, by</source>
        <translation>Pedido: cuándo, por</translation>
    </message>
    <message>
        <source>Sent: when, how, to, by</source>
        <translation>Envío: cuándo, cómo, a, por</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Preguntar por</translation>
    </message>
    <message>
        <source>Status sheet - {0}</source>
        <translation>Hoja de estado - {0}</translation>
    </message>
    <message>
        <source>Status sheet</source>
        <translation>Hoja de estado</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Se agregó %n documento.</numerusform>
            <numerusform>Se agregaron %n documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in your folder.</source>
        <translation>
            <numerusform>%n archivo ya estaba en su carpeta.</numerusform>
            <numerusform>%n archivos ya estaban en su carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>%n archivo no se pudo agregar.</numerusform>
            <numerusform>%n archivos no se pudieron agregar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se agregó nada.</translation>
    </message>
    <message>
        <source>Restored the case for {0}: log entries: {1}; calls: {2}; questions: {3}.</source>
        <translation>Se restauró el caso de {0}: entradas del registro: {1}; llamadas: {2}; preguntas: {3}.</translation>
    </message>
    <message>
        <source>Documents the backup lists: {0}. In the folder unchanged: {1}; changed since the backup: {2}; not in the folder: {3}.</source>
        <translation>Documentos que lista la copia de seguridad: {0}. En la carpeta sin cambios: {1}; cambiados desde la copia de seguridad: {2}; no están en la carpeta: {3}.</translation>
    </message>
    <message>
        <source>Not readable to check: {0}.</source>
        <translation>No se pudieron leer para revisarlos: {0}.</translation>
    </message>
    <message>
        <source>The case now uses the folder {0}.</source>
        <translation>El caso usa ahora la carpeta {0}.</translation>
    </message>
    <message>
        <source>Its documents will be matched as soon as the folder is read.</source>
        <translation>Sus documentos se emparejarán en cuanto se lea la carpeta.</translation>
    </message>
    <message>
        <source>The case had no documents yet.</source>
        <translation>El caso todavía no tenía documentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found again by their content, with their kinds, corrections and links to the log.</source>
        <translation>
            <numerusform>Se encontró otra vez %n documento por su contenido, con su tipo, sus correcciones y sus vínculos con el registro.</numerusform>
            <numerusform>Se encontraron otra vez %n documentos por su contenido, con sus tipos, sus correcciones y sus vínculos con el registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them under a new name.</source>
        <translation>
            <numerusform>%n de ellos tiene un nombre nuevo.</numerusform>
            <numerusform>%n de ellos tienen un nombre nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with other content than before, to be read again.</source>
        <translation>
            <numerusform>%n archivo tiene otro contenido que antes y se volverá a leer.</numerusform>
            <numerusform>%n archivos tienen otro contenido que antes y se volverán a leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not in the new folder.</source>
        <translation>
            <numerusform>%n documento no está en la carpeta nueva.</numerusform>
            <numerusform>%n documentos no están en la carpeta nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>No falta nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) added.</source>
        <translation>
            <numerusform>Se agregó %n archivo nuevo.</numerusform>
            <numerusform>Se agregaron %n archivos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral or prescription</source>
        <translation>Remisión o receta</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Expediente médico</translation>
    </message>
    <message>
        <source>Not about this</source>
        <translation>No es de este tema</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Todavía sin clasificar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>Asks for more</source>
        <translation>Pide más</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Para su información</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>Plan de seguro</translation>
    </message>
    <message>
        <source>Provider office</source>
        <translation>Consultorio del médico</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who sends it</source>
        <translation>Quién lo envía</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <source>Result received</source>
        <translation>Resultado recibido</translation>
    </message>
    <message>
        <source>Waiting to be read</source>
        <translation>Esperando para leerse</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Scanned pages; text can&apos;t be read on this computer</source>
        <translation>Páginas escaneadas; el texto no se puede leer en esta computadora</translation>
    </message>
    <message>
        <source>Locked with a password</source>
        <translation>Protegido con contraseña</translation>
    </message>
    <message>
        <source>Damaged; it can&apos;t be read</source>
        <translation>Dañado; no se puede leer</translation>
    </message>
    <message>
        <source>Not really a PDF or picture</source>
        <translation>En realidad no es un PDF ni una imagen</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Archivo vacío</translation>
    </message>
    <message>
        <source>No longer in the folder</source>
        <translation>Ya no está en la carpeta</translation>
    </message>
    <message>
        <source>A copy of another document</source>
        <translation>Una copia de otro documento</translation>
    </message>
    <message>
        <source>the letter that asked for it</source>
        <translation>la carta que lo pidió</translation>
    </message>
    <message>
        <source>what was sent</source>
        <translation>lo que se envió</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relacionado</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Re&amp;cordatorios</translation>
    </message>
    <message>
        <source>Show &amp;reminders</source>
        <translation>Mostrar &amp;recordatorios</translation>
    </message>
    <message>
        <source>&amp;Quiet hours…</source>
        <translation>&amp;Horas de silencio…</translation>
    </message>
    <message>
        <source>&amp;Start with the computer, in the tray</source>
        <translation>&amp;Abrir al encender la computadora, en la bandeja</translation>
    </message>
    <message>
        <source>This looks like it</source>
        <translation>Parece ser este</translation>
    </message>
    <message>
        <source>Asks for it</source>
        <translation>Lo pide</translation>
    </message>
    <message>
        <source>Mentions {0}</source>
        <translation>Menciona {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In the log</source>
        <translation>En el registro</translation>
    </message>
    <message>
        <source>spoke with {0}</source>
        <translation>habló con {0}</translation>
    </message>
    <message>
        <source>phone {0}</source>
        <translation>teléfono {0}</translation>
    </message>
    <message>
        <source>reference {0}</source>
        <translation>referencia {0}</translation>
    </message>
    <message>
        <source>Follow up by {0}</source>
        <translation>Seguimiento a más tardar el {0}</translation>
    </message>
    <message>
        <source>(to ask {0})</source>
        <translation>(para preguntar a {0})</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>(todavía sin respuesta)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Número de miembro</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Responder a más tardar el</translation>
    </message>
    <message>
        <source>Appeal by</source>
        <translation>Apelar a más tardar el</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>A copy of {0}</source>
        <translation>Una copia de {0}</translation>
    </message>
</context>
</TS>
