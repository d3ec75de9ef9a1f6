<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About organizer</source>
        <translation>Acerca de organizer</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Plans public comment at city council meetings for the Welcoming City campaign in Bloomington-Normal: who speaks when, with which talking points, and where each council member stands.</source>
        <translation>Planifica el comentario público en las sesiones del concejo municipal para la campaña Welcoming City (Ciudad Acogedora) en Bloomington-Normal: quién habla y cuándo, con qué puntos clave, y la postura de cada concejal.</translation>
    </message>
    <message>
        <source>Privacy: organizer never records anyone&apos;s immigration status, and nothing here should. Everything stays in your campaign file unless you export it.</source>
        <translation>Privacidad: organizer nunca registra el estatus migratorio de nadie, y nada aquí debe hacerlo. Todo se queda en el archivo de la campaña, a menos que lo exportes.</translation>
    </message>
    <message>
        <source>Campaign file: {path}</source>
        <translation>Archivo de la campaña: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
        <source>Free software under the MIT license. Built with Qt (PySide6), SQLAlchemy and ReportLab.</source>
        <translation>Software libre con licencia MIT. Hecho con Qt (PySide6), SQLAlchemy y ReportLab.</translation>
    </message>
</context>
<context>
    <name>AssignPointsDialog</name>
    <message>
        <source>{title} (retired)</source>
        <translation>{title} (retirado)</translation>
    </message>
    <message>
        <source>Talking points — {name}</source>
        <translation>Puntos clave — {name}</translation>
    </message>
    <message>
        <source>Talking points for {name}</source>
        <translation>Puntos clave de {name}</translation>
    </message>
    <message>
        <source>Tick the points {name} will make and put them in speaking order (drag, or Alt+Up / Alt+Down).</source>
        <translation>Marca los puntos que presentará {name} y ponlos en el orden en que los dirá (arrastra, o Alt+Arriba / Alt+Abajo).</translation>
    </message>
    <message>
        <source>Filter points…</source>
        <translation>Filtrar puntos…</translation>
    </message>
    <message>
        <source>Filter talking points</source>
        <translation>Filtrar puntos clave</translation>
    </message>
    <message>
        <source>Talking points; ticked ones are assigned, in this order</source>
        <translation>Puntos clave; los marcados quedan asignados, en este orden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected point up</source>
        <translation>Subir el punto seleccionado</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected point down</source>
        <translation>Bajar el punto seleccionado</translation>
    </message>
    <message>
        <source>Estimated speaking time</source>
        <translation>Tiempo estimado para hablar</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>{count}: about {spoken} to read aloud; no time limit is set.</source>
        <translation>{count}: unos {spoken} de lectura en voz alta; no hay límite de tiempo.</translation>
    </message>
    <message>
        <source>{count}: about {spoken} to read aloud, {over} over the {limit}-minute limit. The packet&apos;s script will need cutting.</source>
        <translation>{count}: unos {spoken} de lectura en voz alta, {over} más que el límite de {limit} minutos. Habrá que recortar el guion del paquete.</translation>
    </message>
    <message>
        <source>{count}: about {spoken} to read aloud, within the {limit}-minute limit.</source>
        <translation>{count}: unos {spoken} de lectura en voz alta, dentro del límite de {limit} minutos.</translation>
    </message>
    <message>
        <source>Talking points assigned.</source>
        <translation>Puntos clave asignados.</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>Campaign settings</source>
        <translation>Ajustes de la campaña</translation>
    </message>
    <message>
        <source>These details print on every speaker packet. The coordinator&apos;s contact is the one volunteers call with questions: it leaves the team&apos;s hands.</source>
        <translation>Estos datos se imprimen en cada paquete de orador/a. El contacto del coordinador/a es a quien llaman los voluntarios con sus preguntas: sale de las manos del equipo.</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>Ordinance name</source>
        <translation>Nombre de la ordenanza</translation>
    </message>
    <message>
        <source>The ask, in English</source>
        <translation>La petición, en inglés</translation>
    </message>
    <message>
        <source>The ask, in Spanish</source>
        <translation>La petición, en español</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Coordinator&apos;s name</source>
        <translation>Nombre del coordinador/a</translation>
    </message>
    <message>
        <source>Coordinator&apos;s email</source>
        <translation>Correo del coordinador/a</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation>Teléfono del coordinador/a</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <source>Speaking rate for time estimates</source>
        <translation>Ritmo al hablar, para estimar el tiempo</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>Ordinance:</source>
        <translation>Ordenanza:</translation>
    </message>
    <message>
        <source>The ask (English):</source>
        <translation>La petición (inglés):</translation>
    </message>
    <message>
        <source>The ask (Spanish):</source>
        <translation>La petición (español):</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Coordinador/a:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s email:</source>
        <translation>Correo del coordinador/a:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone:</source>
        <translation>Teléfono del coordinador/a:</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>Ritmo al hablar:</translation>
    </message>
    <message>
        <source>Campaign settings saved.</source>
        <translation>Ajustes de la campaña guardados.</translation>
    </message>
</context>
<context>
    <name>CommitmentPanel</name>
    <message>
        <source>Seed committed in advance</source>
        <translation>Semilla comprometida de antemano</translation>
    </message>
    <message>
        <source>Commitment: the SHA-256 of the lottery seed</source>
        <translation>Compromiso: el SHA-256 de la semilla del sorteo</translation>
    </message>
    <message>
        <source>Commit to a seed now</source>
        <translation>Comprometer una semilla ahora</translation>
    </message>
    <message>
        <source>Commit to a secret lottery seed and show its hash</source>
        <translation>Comprometer una semilla secreta para el sorteo y mostrar su hash</translation>
    </message>
    <message>
        <source>No seed was committed before sign-ups, so this draw cannot show that its seed was fixed in advance.</source>
        <translation>No se comprometió ninguna semilla antes de las inscripciones, así que este sorteo no puede demostrar que su semilla se fijó de antemano.</translation>
    </message>
    <message>
        <source>The revealed seed&apos;s SHA-256 matches it.</source>
        <translation>El SHA-256 de la semilla revelada coincide.</translation>
    </message>
    <message>
        <source>WARNING: the revealed seed&apos;s SHA-256 does not match it.</source>
        <translation>ADVERTENCIA: el SHA-256 de la semilla revelada no coincide.</translation>
    </message>
    <message>
        <source>The draw revealed the seed committed in advance, whose SHA-256 was:</source>
        <translation>El sorteo reveló la semilla comprometida de antemano, cuyo SHA-256 era:</translation>
    </message>
    <message>
        <source>No seed is committed yet. Commit when sign-up opens: a secret seed is kept, and only its SHA-256 is shown here and printed on the sign-in sheet and run of show. The draw reveals the seed, and anyone can check it matches.</source>
        <translation>Todavía no hay una semilla comprometida. Comprométela cuando abran las inscripciones: se guarda una semilla secreta, y solo su SHA-256 se muestra aquí y se imprime en la hoja de registro y en el guion de la sesión. El sorteo revela la semilla, y cualquiera puede comprobar que coincide.</translation>
    </message>
    <message>
        <source>Committed {when}. Show or print this SHA-256 now; the draw will reveal the seed and use it, and no other seed can be used.</source>
        <translation>Comprometida el {when}. Muestra o imprime este SHA-256 ahora; el sorteo revelará la semilla y la usará, y no se podrá usar ninguna otra.</translation>
    </message>
    <message>
        <source>{count} had already signed up when it was committed.</source>
        <translation>{count} ya se habían inscrito cuando se comprometió.</translation>
    </message>
    <message>
        <source>It replaced {count} earlier commitment(s), before anyone signed up.</source>
        <translation>Reemplazó {count} compromiso(s) anterior(es), antes de que alguien se inscribiera.</translation>
    </message>
    <message>
        <source>Lottery seed committed; its SHA-256 is {hash}.</source>
        <translation>Semilla del sorteo comprometida; su SHA-256 es {hash}.</translation>
    </message>
</context>
<context>
    <name>ConfirmationsWindow</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>No mail program opened the message; use “Copy message” and paste it into your email instead.</source>
        <translation>Ningún programa de correo abrió el mensaje; usa “Copiar mensaje” y pégalo en tu correo.</translation>
    </message>
    <message>
        <source>Not offered: this speaker has not agreed to email.</source>
        <translation>No disponible: este orador/a no aceptó recibir correos.</translation>
    </message>
    <message>
        <source>Not offered: this speaker agreed to email but has no email address on file.</source>
        <translation>No disponible: este orador/a aceptó recibir correos, pero no tiene una dirección registrada.</translation>
    </message>
    <message>
        <source>Not offered: this speaker has not agreed to text messages.</source>
        <translation>No disponible: este orador/a no aceptó recibir mensajes de texto.</translation>
    </message>
    <message>
        <source>Not offered: this speaker agreed to text messages but has no phone number on file.</source>
        <translation>No disponible: este orador/a aceptó recibir mensajes de texto, pero no tiene un teléfono registrado.</translation>
    </message>
    <message>
        <source>Speaker messages</source>
        <translation>Mensajes a oradores</translation>
    </message>
    <message>
        <source>Messages to speakers</source>
        <translation>Mensajes a los oradores</translation>
    </message>
    <message>
        <source>Which message</source>
        <translation>Qué mensaje</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Speakers who can be reached</source>
        <translation>Oradores a quienes se puede contactar</translation>
    </message>
    <message>
        <source>Cannot be reached by email or text</source>
        <translation>No se puede contactar por correo ni por mensaje de texto</translation>
    </message>
    <message>
        <source>Speakers who cannot be reached by email or text</source>
        <translation>Oradores a quienes no se puede contactar por correo ni por mensaje de texto</translation>
    </message>
    <message>
        <source>Call them or ask in person; organizer writes to nobody without their consent.</source>
        <translation>Llámales o pregúntales en persona; organizer no le escribe a nadie sin su consentimiento.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>Correo para</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Mensaje del correo</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Copy s&amp;ubject</source>
        <translation>Copiar a&amp;sunto</translation>
    </message>
    <message>
        <source>Copy the subject</source>
        <translation>Copiar el asunto</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>el asunto</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <source>Copy the email message</source>
        <translation>Copiar el mensaje del correo</translation>
    </message>
    <message>
        <source>message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <source>This message is long: if your mail program shows it cut short, use “Copy message”.</source>
        <translation>Este mensaje es largo: si tu programa de correo lo muestra cortado, usa “Copiar mensaje”.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Text message to</source>
        <translation>Mensaje de texto para</translation>
    </message>
    <message>
        <source>Copy &amp;text message</source>
        <translation>Copiar mensaje de &amp;texto</translation>
    </message>
    <message>
        <source>Copy the text message</source>
        <translation>Copiar el mensaje de texto</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>el mensaje de texto</translation>
    </message>
    <message>
        <source>Speaker messages · {meeting}</source>
        <translation>Mensajes a oradores · {meeting}</translation>
    </message>
    <message>
        <source>This meeting is called off, so every message says so.</source>
        <translation>Esta sesión se canceló, y así lo dice cada mensaje.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Nobody is invited, confirmed or on the waiting list for this meeting yet.</source>
        <translation>Todavía no hay nadie invitado, confirmado ni en la lista de espera para esta sesión.</translation>
    </message>
    <message>
        <source>fits in one text</source>
        <translation>cabe en un solo mensaje</translation>
    </message>
    <message>
        <source>arrives as several texts</source>
        <translation>llega en varios mensajes</translation>
    </message>
    <message>
        <source>{n} character; {fits}</source>
        <translation>{n} carácter; {fits}</translation>
    </message>
    <message>
        <source>{n} characters; {fits}</source>
        <translation>{n} caracteres; {fits}</translation>
    </message>
    <message>
        <source>Opened the message to {name} in your mail program.</source>
        <translation>Se abrió el mensaje para {name} en tu programa de correo.</translation>
    </message>
    <message>
        <source>Copied the {what} for {name}.</source>
        <translation>Se copió {what} de {name}.</translation>
    </message>
    <message>
        <source>Copied the {what}.</source>
        <translation>Se copió {what}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that organizer did not expect.</source>
        <translation>Ocurrió algo que organizer no esperaba.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Quit organizer</source>
        <translation>Salir de organizer</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Everything you saved is safe; an edit that was being saved when it happened may need to be made again. The details were written to the log file {path}; please send it to whoever looks after organizer for your campaign.</source>
        <translation>Todo lo que guardaste está a salvo; un cambio que se estaba guardando en ese momento quizás tenga que hacerse de nuevo. Los detalles quedaron en el archivo de registro {path}; envíaselo a quien se encarga de organizer en tu campaña.</translation>
    </message>
    <message>
        <source>It has happened {count} times now.</source>
        <translation>Ya ha pasado {count} veces.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Notes are internal: they can hold what a coordinator wrote about someone in confidence. Share this file only with the campaign&apos;s coordinators.</source>
        <translation>Las notas son internas: pueden contener lo que un coordinador/a escribió en confianza sobre alguien. Comparte este archivo solo con los coordinadores de la campaña.</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <source>A CSV file of everyone in the campaign. It opens in Excel, and organizer can import it again.</source>
        <translation>Un archivo CSV con todas las personas de la campaña. Se abre en Excel, y organizer puede volver a importarlo.</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>Export sign-ups</source>
        <translation>Exportar inscripciones</translation>
    </message>
    <message>
        <source>A CSV file of a meeting&apos;s speakers in speaking order, with their contact details and talking points.</source>
        <translation>Un archivo CSV con los oradores de una sesión en el orden en que hablan, con sus datos de contacto y puntos clave.</translation>
    </message>
    <message>
        <source>{n} sign-up</source>
        <translation>{n} inscripción</translation>
    </message>
    <message>
        <source>{n} sign-ups</source>
        <translation>{n} inscripciones</translation>
    </message>
    <message>
        <source>Export council members</source>
        <translation>Exportar concejales</translation>
    </message>
    <message>
        <source>A CSV file of the council members with where each one currently stands.</source>
        <translation>Un archivo CSV con los concejales y la postura actual de cada uno.</translation>
    </message>
    <message>
        <source>{n} council member</source>
        <translation>{n} concejal</translation>
    </message>
    <message>
        <source>{n} council members</source>
        <translation>{n} concejales</translation>
    </message>
    <message>
        <source>Export meetings calendar</source>
        <translation>Exportar el calendario de sesiones</translation>
    </message>
    <message>
        <source>An iCalendar (.ics) file of the meetings, for a shared or personal calendar. Importing it again later updates the same events instead of adding copies.</source>
        <translation>Un archivo iCalendar (.ics) con las sesiones, para un calendario compartido o personal. Si se vuelve a importar más adelante, actualiza los mismos eventos en lugar de agregar copias.</translation>
    </message>
    <message>
        <source>{n} meeting</source>
        <translation>{n} sesión</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Concejo:</translation>
    </message>
    <message>
        <source>Include the demo (sample) people</source>
        <translation>Incluir las personas de demostración (de ejemplo)</translation>
    </message>
    <message>
        <source>Include internal notes</source>
        <translation>Incluir las notas internas</translation>
    </message>
    <message>
        <source>{title}: save as</source>
        <translation>{title}: guardar como</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Archivo donde guardar</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>{n} speaker</source>
        <translation>{n} orador/a</translation>
    </message>
    <message>
        <source>{n} speakers</source>
        <translation>{n} oradores</translation>
    </message>
    <message>
        <source>No meeting has sign-ups yet</source>
        <translation>Ninguna sesión tiene inscripciones todavía</translation>
    </message>
    <message>
        <source>All councils</source>
        <translation>Todos los concejos</translation>
    </message>
    <message>
        <source>That meeting has nobody signed up to speak.</source>
        <translation>Nadie se ha inscrito para hablar en esa sesión.</translation>
    </message>
    <message>
        <source>No meeting has sign-ups to export yet.</source>
        <translation>Todavía no hay ninguna sesión con inscripciones para exportar.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elige dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to save as.</source>
        <translation>{path} es una carpeta; elige un nombre de archivo para guardar.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to save {name} in.</source>
        <translation>No existe la carpeta {folder} para guardar {name}.</translation>
    </message>
    <message>
        <source>Saved {rows} to {path}.</source>
        <translation>Se guardaron {rows} en {path}.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
</context>
<context>
    <name>ExportPacketsDialog</name>
    <message>
        <source>Export all packets</source>
        <translation>Exportar todos los paquetes</translation>
    </message>
    <message>
        <source>Save the packets in</source>
        <translation>Guardar los paquetes en</translation>
    </message>
    <message>
        <source>Folder to save the packets in</source>
        <translation>Carpeta donde guardar los paquetes</translation>
    </message>
    <message>
        <source>One file per speaker (to email or text)</source>
        <translation>Un archivo por orador/a (para enviar por correo o mensaje)</translation>
    </message>
    <message>
        <source>One file for printing (each packet starts on a new sheet)</source>
        <translation>Un solo archivo para imprimir (cada paquete empieza en una hoja nueva)</translation>
    </message>
    <message>
        <source>Packet language</source>
        <translation>Idioma del paquete</translation>
    </message>
    <message>
        <source>Each speaker&apos;s own language</source>
        <translation>El idioma de cada orador/a</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Large print (body text 14 pt)</source>
        <translation>Letra grande (texto de 14 pt)</translation>
    </message>
    <message>
        <source>Also the run of show and the sign-in sheet, in a “{folder}” folder (they list phone numbers and internal notes: not for sending)</source>
        <translation>También el guion de la sesión y la hoja de registro, en una carpeta “{folder}” (incluyen teléfonos y notas internas: no son para enviar)</translation>
    </message>
    <message>
        <source>Also export the coordinator&apos;s run of show and sign-in sheet</source>
        <translation>Exportar también el guion de la sesión y la hoja de registro del coordinador/a</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose a folder to save the packets in.</source>
        <translation>Elige una carpeta donde guardar los paquetes.</translation>
    </message>
    <message>
        <source>There is no one signed up to speak at this meeting yet.</source>
        <translation>Todavía nadie se ha inscrito para hablar en esta sesión.</translation>
    </message>
    <message>
        <source>Rendered {done} of {total} packets…</source>
        <translation>Generados {done} de {total} paquetes…</translation>
    </message>
    <message>
        <source>Saved {count} file in {folder}.</source>
        <translation>Se guardó {count} archivo en {folder}.</translation>
    </message>
    <message>
        <source>Saved {count} files in {folder}.</source>
        <translation>Se guardaron {count} archivos en {folder}.</translation>
    </message>
    <message>
        <source>Exporting packets</source>
        <translation>Exportando paquetes</translation>
    </message>
</context>
<context>
    <name>FilePathField</name>
    <message>
        <source>Type a path or choose a folder</source>
        <translation>Escribe una ruta o elige una carpeta</translation>
    </message>
    <message>
        <source>Type a path or choose a file</source>
        <translation>Escribe una ruta o elige un archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>{field}: choose</source>
        <translation>{field}: elegir</translation>
    </message>
</context>
<context>
    <name>GenerateMeetingsDialog</name>
    <message>
        <source>Generate meetings from the schedule</source>
        <translation>Crear sesiones según el calendario</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Concejo:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Calendario:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Those meetings were already on file.</source>
        <translation>Esas sesiones ya estaban registradas.</translation>
    </message>
    <message>
        <source>Added {n} meeting.</source>
        <translation>Se agregó {n} sesión.</translation>
    </message>
    <message>
        <source>Added {n} meetings.</source>
        <translation>Se agregaron {n} sesiones.</translation>
    </message>
    <message>
        <source>No regular schedule on file; add meetings one by one.</source>
        <translation>No hay un calendario regular registrado; agrega las sesiones una por una.</translation>
    </message>
</context>
<context>
    <name>ImportCalendarDialog</name>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Archivos de calendario (*.ics *.ical *.ifb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>link to the council&apos;s calendar</source>
        <translation>enlace al calendario del concejo</translation>
    </message>
    <message>
        <source>{body}: would add {added} meetings, would update {updated}, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>{body}: agregaría {added} sesiones, actualizaría {updated}, {unchanged} sin cambios, {skipped} omitidas.</translation>
    </message>
    <message>
        <source>{body}: added {added} meetings, updated {updated}, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>{body}: se agregaron {added} sesiones, se actualizaron {updated}, {unchanged} sin cambios, {skipped} omitidas.</translation>
    </message>
    <message>
        <source>1 meeting keeps its title, place or status from here where the calendar differs.</source>
        <translation>1 sesión conserva el título, lugar o estado de aquí donde el calendario es distinto.</translation>
    </message>
    <message>
        <source>{n} meetings keep their title, place or status from here where the calendar differs.</source>
        <translation>{n} sesiones conservan el título, lugar o estado de aquí donde el calendario es distinto.</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Leyendo el calendario…</translation>
    </message>
    <message>
        <source>Importing meetings…</source>
        <translation>Importando sesiones…</translation>
    </message>
    <message>
        <source>Import a council&apos;s calendar</source>
        <translation>Importar el calendario de un concejo</translation>
    </message>
    <message>
        <source>Meetings in the calendar that organizer does not have yet are added to the council you choose; meetings it already has (the same event in the calendar) are updated. Nothing else is touched, and you see every change before it is made.</source>
        <translation>Las sesiones del calendario que organizer todavía no tiene se agregan al concejo que elijas; las que ya tiene (el mismo evento del calendario) se actualizan. No se toca nada más, y ves cada cambio antes de que se haga.</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importar un calendario</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>Council the meetings belong to</source>
        <translation>Concejo al que pertenecen las sesiones</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Concejo:</translation>
    </message>
    <message>
        <source>Choose a calendar file to see what it would change.</source>
        <translation>Elige un archivo de calendario para ver qué cambiaría.</translation>
    </message>
    <message>
        <source>Changes the calendar makes</source>
        <translation>Cambios que hace el calendario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Times are the council&apos;s local time.</source>
        <translation>Las horas son la hora local del concejo.</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>&amp;Importar estos cambios</translation>
    </message>
    <message>
        <source>Import these changes</source>
        <translation>Importar estos cambios</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <translation>Leyendo el calendario</translation>
    </message>
    <message>
        <source>Importing meetings</source>
        <translation>Importando sesiones</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>changes its {fields}</source>
        <translation>cambia: {fields}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exportaciones de hojas de cálculo (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Nombre completo (se separa en nombre y apellido)</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <source>Packet language</source>
        <translation>Idioma del paquete</translation>
    </message>
    <message>
        <source>Agreed to email (yes/no)</source>
        <translation>Aceptó recibir correos (sí/no)</translation>
    </message>
    <message>
        <source>Agreed to text messages (yes/no)</source>
        <translation>Aceptó recibir mensajes de texto (sí/no)</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorar esta columna</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16 (VAN exports)</source>
        <translation>UTF-16 (exportaciones de VAN)</translation>
    </message>
    <message>
        <source>Windows Western (cp1252)</source>
        <translation>Windows occidental (cp1252)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elige el archivo</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Relaciona las columnas</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Revisa antes de importar</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <source>Importing people…</source>
        <translation>Importando personas…</translation>
    </message>
    <message>
        <source>… and {n} more (the command line lists them all: organizer people import FILE --dry-run)</source>
        <translation>… y {n} más (la línea de comandos las muestra todas: organizer people import ARCHIVO --dry-run)</translation>
    </message>
    <message>
        <source>added nobody new</source>
        <translation>no se agregó a nadie nuevo</translation>
    </message>
    <message>
        <source>add nobody new</source>
        <translation>no agregaría a nadie nuevo</translation>
    </message>
    <message>
        <source>added {n} new person</source>
        <translation>se agregó {n} persona nueva</translation>
    </message>
    <message>
        <source>added {n} new people</source>
        <translation>se agregaron {n} personas nuevas</translation>
    </message>
    <message>
        <source>add {n} new person</source>
        <translation>agregaría {n} persona nueva</translation>
    </message>
    <message>
        <source>add {n} new people</source>
        <translation>agregaría {n} personas nuevas</translation>
    </message>
    <message>
        <source>filled in missing details for {n} person already in organizer</source>
        <translation>se completaron los datos que faltaban de {n} persona que ya estaba en organizer</translation>
    </message>
    <message>
        <source>filled in missing details for {n} people already in organizer</source>
        <translation>se completaron los datos que faltaban de {n} personas que ya estaban en organizer</translation>
    </message>
    <message>
        <source>fill in missing details for {n} person already in organizer</source>
        <translation>completaría los datos que faltan de {n} persona que ya está en organizer</translation>
    </message>
    <message>
        <source>fill in missing details for {n} people already in organizer</source>
        <translation>completaría los datos que faltan de {n} personas que ya están en organizer</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>This {format} file would {actions}.</source>
        <translation>Este archivo de {format} {actions}.</translation>
    </message>
    <message>
        <source>{n} row matches someone already in organizer and adds nothing new.</source>
        <translation>{n} fila coincide con alguien que ya está en organizer y no agrega nada nuevo.</translation>
    </message>
    <message>
        <source>{n} rows match someone already in organizer and add nothing new.</source>
        <translation>{n} filas coinciden con alguien que ya está en organizer y no agregan nada nuevo.</translation>
    </message>
    <message>
        <source>{n} row was left out (see below).</source>
        <translation>{n} fila quedó fuera (ver abajo).</translation>
    </message>
    <message>
        <source>{n} rows were left out (see below).</source>
        <translation>{n} filas quedaron fuera (ver abajo).</translation>
    </message>
    <message>
        <source>{n} row has a problem (see below).</source>
        <translation>{n} fila tiene un problema (ver abajo).</translation>
    </message>
    <message>
        <source>{n} rows have problems (see below).</source>
        <translation>{n} filas tienen problemas (ver abajo).</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>hoja de cálculo</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Import the &amp;good rows only</source>
        <translation>Importar solo las filas &amp;buenas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import people from</source>
        <translation>Importar personas desde</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Se lee como:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Columnas separadas por:</translation>
    </message>
    <message>
        <source>The first rows, as organizer reads them</source>
        <translation>Las primeras filas, tal como las lee organizer</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>{tool} export</source>
        <translation>Exportación de {tool}</translation>
    </message>
    <message>
        <source>A spreadsheet; its columns were recognised by their names</source>
        <translation>Una hoja de cálculo; sus columnas se reconocieron por sus nombres</translation>
    </message>
    <message>
        <source>Not recognised: you will choose what each column holds in the next step</source>
        <translation>No se reconoció: en el siguiente paso elegirás qué contiene cada columna</translation>
    </message>
    <message>
        <source>Detected: {encoding}</source>
        <translation>Detectada: {encoding}</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>A column imported as internal notes is saved with each person. Check that it holds nothing the campaign must not record, such as anyone&apos;s immigration status.</source>
        <translation>Una columna importada como notas internas se guarda con cada persona. Verifica que no contenga nada que la campaña no deba registrar, como el estatus migratorio de alguien.</translation>
    </message>
    <message>
        <source>This file has the same columns as one you imported before; your choices from then are filled in. Change any that are wrong.</source>
        <translation>Este archivo tiene las mismas columnas que uno que importaste antes; ya están puestas las opciones que elegiste entonces. Cambia las que estén mal.</translation>
    </message>
    <message>
        <source>organizer recognised these columns. Check what each one is imported as; columns set to “Ignore” are left out.</source>
        <translation>organizer reconoció estas columnas. Revisa cómo se importa cada una; las columnas marcadas como “Ignorar” quedan fuera.</translation>
    </message>
    <message>
        <source>organizer did not recognise these columns. Choose what each one holds. An email or phone column is needed: people are matched by them, so importing again adds nobody twice.</source>
        <translation>organizer no reconoció estas columnas. Elige qué contiene cada una. Se necesita una columna de correo o de teléfono: con ellas se identifica a las personas, así que importar de nuevo no agrega a nadie dos veces.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>(column {n} has no name)</source>
        <translation>(la columna {n} no tiene nombre)</translation>
    </message>
    <message>
        <source>Import the column “{header}” as</source>
        <translation>Importar la columna “{header}” como</translation>
    </message>
    <message>
        <source>Another column has the same name, or this one has none; it cannot be imported.</source>
        <translation>Otra columna tiene el mismo nombre, o esta no tiene ninguno; no se puede importar.</translation>
    </message>
    <message>
        <source>Choose the column that holds the email address or the phone number (or both).</source>
        <translation>Elige la columna que contiene el correo electrónico o el teléfono (o ambas).</translation>
    </message>
    <message>
        <source>No name column: people already in organizer can be matched and updated, but nobody new can be added.</source>
        <translation>No hay columna de nombre: se puede identificar y actualizar a quienes ya están en organizer, pero no se puede agregar a nadie nuevo.</translation>
    </message>
    <message>
        <source>{used} will be imported; {left} left out.</source>
        <translation>Se importarán: {used}; quedan fuera: {left}.</translation>
    </message>
    <message>
        <source>{n} column</source>
        <translation>{n} columna</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} columnas</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Revisando el archivo</translation>
    </message>
    <message>
        <source>Importing everything is not possible while rows have problems: fix them in the file and choose it again, or import only the good rows ({people} to add or update) and deal with the rest by hand.</source>
        <translation>No se puede importar todo mientras haya filas con problemas: corrígelas en el archivo y vuelve a elegirlo, o importa solo las filas buenas ({people} para agregar o actualizar) y resuelve el resto a mano.</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>Nothing to import: everyone in this file is already in organizer with these details.</source>
        <translation>Nada que importar: todas las personas de este archivo ya están en organizer con estos datos.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Import adds and updates everyone above in one go.</source>
        <translation>Todavía no se ha guardado nada. Importar agrega y actualiza a todas las personas de arriba de una sola vez.</translation>
    </message>
    <message>
        <source>&amp;Import {n} person</source>
        <translation>&amp;Importar {n} persona</translation>
    </message>
    <message>
        <source>&amp;Import {n} people</source>
        <translation>&amp;Importar {n} personas</translation>
    </message>
    <message>
        <source>Imported people: {new} added, {updated} updated.</source>
        <translation>Personas importadas: {new} agregadas, {updated} actualizadas.</translation>
    </message>
    <message>
        <source>Importing people</source>
        <translation>Importando personas</translation>
    </message>
    <message>
        <source>Step {number} of 4 · {title}</source>
        <translation>Paso {number} de 4 · {title}</translation>
    </message>
    <message>
        <source>A CSV or tab-separated export from Action Network, Mobilize, VAN or a spreadsheet.</source>
        <translation>Una exportación CSV o separada por tabuladores de Action Network, Mobilize, VAN o una hoja de cálculo.</translation>
    </message>
    <message>
        <source>People are matched by email, then by phone; a match only fills in what is empty.</source>
        <translation>Se identifica a las personas por el correo y luego por el teléfono; una coincidencia solo completa lo que está vacío.</translation>
    </message>
    <message>
        <source>This is a dry run: nothing has been saved yet.</source>
        <translation>Esto es una prueba: todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The import is saved. Nothing a coordinator entered was overwritten.</source>
        <translation>La importación quedó guardada. No se sobrescribió nada de lo que anotó un coordinador/a.</translation>
    </message>
    <message>
        <source>&amp;Check the file &gt;</source>
        <translation>&amp;Revisar el archivo &gt;</translation>
    </message>
</context>
<context>
    <name>LotteryDialog</name>
    <message>
        <source>Lottery for the speaking order</source>
        <translation>Sorteo del orden para hablar</translation>
    </message>
    <message>
        <source>More people signed up than the public-comment window holds, and this council chooses speakers by lottery. Everyone still signed up enters. The seed decides the order; you may replace it, for example with dice rolled in the room, before drawing.</source>
        <translation>Se inscribieron más personas de las que caben en el tiempo de comentario público, y este concejo elige a los oradores por sorteo. Participan todas las personas que siguen inscritas. La semilla decide el orden; puedes reemplazarla antes de sortear, por ejemplo con dados lanzados en la sala.</translation>
    </message>
    <message>
        <source>Lottery seed</source>
        <translation>Semilla del sorteo</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <source>Make a new random seed</source>
        <translation>Crear una nueva semilla al azar</translation>
    </message>
    <message>
        <source>Draw the order</source>
        <translation>Sortear el orden</translation>
    </message>
    <message>
        <source>Draw the speaking order</source>
        <translation>Sortear el orden para hablar</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <source>Ticket (SHA-256)</source>
        <translation>Boleto (SHA-256)</translation>
    </message>
    <message>
        <source>Drawn order</source>
        <translation>Orden sorteado</translation>
    </message>
    <message>
        <source>How to check the draw</source>
        <translation>Cómo comprobar el sorteo</translation>
    </message>
    <message>
        <source>Copy how to check</source>
        <translation>Copiar cómo comprobarlo</translation>
    </message>
    <message>
        <source>Copy the instructions for checking the draw</source>
        <translation>Copiar las instrucciones para comprobar el sorteo</translation>
    </message>
    <message>
        <source>How anyone can check this draw:</source>
        <translation>Cómo cualquiera puede comprobar este sorteo:</translation>
    </message>
    <message>
        <source>Draw again?</source>
        <translation>¿Sortear de nuevo?</translation>
    </message>
    <message>
        <source>Replace the order drawn {when} with a new draw?</source>
        <translation>¿Reemplazar el orden sorteado el {when} con un nuevo sorteo?</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Sortear de nuevo</translation>
    </message>
    <message>
        <source>Who speaks and who waits may change, and this cannot be undone. Anyone told their place from the first draw would need to be told again.</source>
        <translation>Puede cambiar quién habla y quién espera, y esto no se puede deshacer. A quien ya le hayan dicho su lugar según el primer sorteo habría que avisarle de nuevo.</translation>
    </message>
    <message>
        <source>Lottery drawn with seed {seed}: {waiting} on the waitlist.</source>
        <translation>Sorteo hecho con la semilla {seed}: {waiting} en la lista de espera.</translation>
    </message>
    <message>
        <source>Draw again…</source>
        <translation>Sortear de nuevo…</translation>
    </message>
    <message>
        <source>The recorded order checks out.</source>
        <translation>El orden registrado es correcto.</translation>
    </message>
    <message>
        <source>WARNING: the recorded order does not match its seed.</source>
        <translation>ADVERTENCIA: el orden registrado no coincide con su semilla.</translation>
    </message>
    <message>
        <source>Drawn {when} with seed {seed}. {speaking} of {total} speak; {waiting} wait. {check}</source>
        <translation>Sorteado el {when} con la semilla {seed}. Hablan {speaking} de {total}; esperan {waiting}. {check}</translation>
    </message>
    <message>
        <source>{name} (sign-up {number})</source>
        <translation>{name} (inscripción {number})</translation>
    </message>
    <message>
        <source>removed sign-up</source>
        <translation>inscripción eliminada</translation>
    </message>
    <message>
        <source>Speaks (confirmed, kept)</source>
        <translation>Habla (confirmado/a, se mantiene)</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Habla</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>No seed was committed in advance: this seed was chosen at the draw.</source>
        <translation>No se comprometió ninguna semilla de antemano: esta semilla se eligió al sortear.</translation>
    </message>
    <message>
        <source>The seed is the one committed in advance: its SHA-256 is {hash}.</source>
        <translation>La semilla es la que se comprometió de antemano: su SHA-256 es {hash}.</translation>
    </message>
    <message>
        <source>WARNING: the seed&apos;s SHA-256 is not the commitment {hash}.</source>
        <translation>ADVERTENCIA: el SHA-256 de la semilla no es el compromiso {hash}.</translation>
    </message>
    <message>
        <source>To check the seed is the one committed before sign-ups:</source>
        <translation>Para comprobar que la semilla es la que se comprometió antes de las inscripciones:</translation>
    </message>
    <message>
        <source>must print the published commitment:</source>
        <translation>debe mostrar el compromiso publicado:</translation>
    </message>
</context>
<context>
    <name>MeetingEditorDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>e.g. Regular meeting</source>
        <translation>p. ej., Sesión ordinaria</translation>
    </message>
    <message>
        <source>Council&apos;s rule</source>
        <translation>Regla del concejo</translation>
    </message>
    <message>
        <source>Internal notes for the team (never anyone&apos;s immigration status)</source>
        <translation>Notas internas para el equipo (nunca el estatus migratorio de nadie)</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Ordinance stage</source>
        <translation>Etapa de la ordenanza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Minutes per speaker</source>
        <translation>Minutos por orador/a</translation>
    </message>
    <message>
        <source>Public-comment window</source>
        <translation>Tiempo de comentario público</translation>
    </message>
    <message>
        <source>Sign-up deadline, minutes before the start</source>
        <translation>Cierre de inscripciones, minutos antes del inicio</translation>
    </message>
    <message>
        <source>When more sign up than fit</source>
        <translation>Cuando se inscriben más de los que caben</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Concejo:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Punto de la agenda:</translation>
    </message>
    <message>
        <source>Ordinance stage:</source>
        <translation>Etapa de la ordenanza:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Public-comment rules for this meeting</source>
        <translation>Reglas del comentario público para esta sesión</translation>
    </message>
    <message>
        <source>Minutes per speaker:</source>
        <translation>Minutos por orador/a:</translation>
    </message>
    <message>
        <source>Public-comment window:</source>
        <translation>Tiempo de comentario público:</translation>
    </message>
    <message>
        <source>Sign-up closes (minutes before):</source>
        <translation>Cierre de inscripciones (minutos antes):</translation>
    </message>
    <message>
        <source>When more sign up than fit:</source>
        <translation>Cuando se inscriben más de los que caben:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>{zone} time</source>
        <translation>hora de {zone}</translation>
    </message>
    <message>
        <source>Where the council meets</source>
        <translation>Donde se reúne el concejo</translation>
    </message>
    <message>
        <source>Council&apos;s rule ({rule})</source>
        <translation>Regla del concejo ({rule})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Leave a rule at “Council&apos;s rule” to follow the council&apos;s current rules; set a number only when this meeting&apos;s agenda says something different.</source>
        <translation>Deja una regla en “Regla del concejo” para seguir las reglas actuales del concejo; pon un número solo cuando la agenda de esta sesión diga algo distinto.</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
</context>
<context>
    <name>MemberEditorDialog</name>
    <message>
        <source>Internal notes, for the team only. Never write down anyone&apos;s immigration status or anything that hints at it.</source>
        <translation>Notas internas, solo para el equipo. Nunca anotes el estatus migratorio de nadie ni nada que lo insinúe.</translation>
    </message>
    <message>
        <source>Edit council member</source>
        <translation>Editar concejal</translation>
    </message>
    <message>
        <source>e.g. Ward 3, At-large, Mayor</source>
        <translation>p. ej., Distrito 3, General, Alcaldía</translation>
    </message>
    <message>
        <source>This member is the mayor</source>
        <translation>Esta persona es quien ocupa la alcaldía</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>Tags separated by commas, e.g. public safety, cost</source>
        <translation>Etiquetas separadas por comas, p. ej., seguridad pública, costo</translation>
    </message>
    <message>
        <source>Serving now (inactive members are left out of the whip count)</source>
        <translation>En funciones (los concejales inactivos no cuentan en el conteo de votos)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Inquietudes</translation>
    </message>
    <message>
        <source>Serving now</source>
        <translation>En funciones</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Seat:</source>
        <translation>Puesto:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Inquietudes:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Edit council member — {name}</source>
        <translation>Editar concejal — {name}</translation>
    </message>
    <message>
        <source>Council member saved.</source>
        <translation>Concejal guardado.</translation>
    </message>
</context>
<context>
    <name>NewPointDialog</name>
    <message>
        <source>New talking point</source>
        <translation>Nuevo punto clave</translation>
    </message>
    <message>
        <source>Title of the new talking point</source>
        <translation>Título del nuevo punto clave</translation>
    </message>
    <message>
        <source>A short title, as a speaker would list it</source>
        <translation>Un título corto, como lo anotaría un orador/a</translation>
    </message>
    <message>
        <source>Category of the new talking point</source>
        <translation>Categoría del nuevo punto clave</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>You write the text, the Spanish translation and the concerns next.</source>
        <translation>Después escribiráss el texto, la traducción al español y las inquietudes.</translation>
    </message>
</context>
<context>
    <name>PacketPreviewDialog</name>
    <message>
        <source>Packet — {title}</source>
        <translation>Paquete — {title}</translation>
    </message>
    <message>
        <source>Packet preview</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print this packet</source>
        <translation>Imprimir este paquete</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save this packet as a PDF file</source>
        <translation>Guardar este paquete como archivo PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save packet</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfBytesDocument</name>
    <message>
        <source>The packet could not be shown: the PDF did not load.</source>
        <translation>No se pudo mostrar el paquete: el PDF no se cargó.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Never record immigration status here.</source>
        <translation>Nunca anotes aquí el estatus migratorio.</translation>
    </message>
    <message>
        <source>A person needs at least a first or last name.</source>
        <translation>Una persona necesita al menos un nombre o un apellido.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>May email them</source>
        <translation>Se le puede enviar correo</translation>
    </message>
    <message>
        <source>May text them</source>
        <translation>Se le pueden enviar mensajes de texto</translation>
    </message>
    <message>
        <source>May name them publicly (press, social media)</source>
        <translation>Se puede nombrar en público (prensa, redes sociales)</translation>
    </message>
    <message>
        <source>Person editor</source>
        <translation>Editor de la persona</translation>
    </message>
    <message>
        <source>Choose a person in the table, or press New person (Ctrl+N).</source>
        <translation>Elige una persona en la tabla, o pulsa Nueva persona (Ctrl+N).</translation>
    </message>
    <message>
        <source>Home council</source>
        <translation>Concejo de residencia</translation>
    </message>
    <message>
        <source>Packet language</source>
        <translation>Idioma del paquete</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish (español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Campaign team</source>
        <translation>Equipo de la campaña</translation>
    </message>
    <message>
        <source>Packet in</source>
        <translation>Paquete en</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Language codes separated by commas: es Spanish, en English, fr French…</source>
        <translation>Códigos de idioma separados por comas: es español, en inglés, fr francés…</translation>
    </message>
    <message>
        <source>Ward 3</source>
        <translation>Distrito 3</translation>
    </message>
    <message>
        <source>What they like to be called; packets and lists use it</source>
        <translation>Cómo le gusta que le llamen; se usa en los paquetes y las listas</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Notes (internal, never printed):</source>
        <translation>Notas (internas, nunca se imprimen):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Sign-up history</source>
        <translation>Historial de inscripciones</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the meeting.</source>
        <translation>Pulsa Intro o haz doble clic para abrir la sesión.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Guardar persona</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Throw away the changes since the last save</source>
        <translation>Descartar los cambios desde la última vez que se guardó</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Deshacer los cambios</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Nadie seleccionado</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Sign-ups appear here once the person is saved.</source>
        <translation>Las inscripciones aparecen aquí cuando se guarda la persona.</translation>
    </message>
    <message>
        <source>Not signed up for any meeting yet.</source>
        <translation>Todavía no se ha inscrito en ninguna sesión.</translation>
    </message>
    <message>
        <source>{signups}: spoke {times}, {no_shows}, {upcoming} upcoming.</source>
        <translation>{signups}: habló {times}, {no_shows}, {upcoming} próximas.</translation>
    </message>
    <message>
        <source>{n} sign-up</source>
        <translation>{n} inscripción</translation>
    </message>
    <message>
        <source>{n} sign-ups</source>
        <translation>{n} inscripciones</translation>
    </message>
    <message>
        <source>{n} time</source>
        <translation>{n} vez</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>{n} no-show</source>
        <translation>{n} ausencia</translation>
    </message>
    <message>
        <source>{n} no-shows</source>
        <translation>{n} ausencias</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save.</source>
        <translation>Corrige los campos marcados en rojo para guardar.</translation>
    </message>
    <message>
        <source>Ctrl+S saves; so does moving to another person.</source>
        <translation>Ctrl+S guarda; también al pasar a otra persona.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red first.</source>
        <translation>No se guardó: primero corrige los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó a {name}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Someone else saved this person first: reload their version or keep yours.</source>
        <translation>Otra persona guardó este registro primero: carga su versión o conserva la tuya.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, or press Revert, before moving on.</source>
        <translation>Corrige los campos marcados en rojo, o pulsa Deshacer cambios, antes de seguir.</translation>
    </message>
</context>
<context>
    <name>RecordInteractionDialog</name>
    <message>
        <source>Log contact — {name}</source>
        <translation>Registrar contacto — {name}</translation>
    </message>
    <message>
        <source>Log a contact with {name}</source>
        <translation>Registrar un contacto con {name}</translation>
    </message>
    <message>
        <source>How did the team talk with {name}?</source>
        <translation>¿Cómo habló el equipo con {name}?</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>One sentence, e.g. “Asked for the data on 911 calls; we promised it Friday”</source>
        <translation>Una oración, p. ej., “Pidió los datos de llamadas al 911; se los prometimos para el viernes”</translation>
    </message>
    <message>
        <source>Who from the team</source>
        <translation>Quién del equipo</translation>
    </message>
    <message>
        <source>e.g. Beth, Keisha</source>
        <translation>p. ej., Beth, Keisha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Dar seguimiento el</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Qué pasó:</translation>
    </message>
    <message>
        <source>Who from the team:</source>
        <translation>Quién del equipo:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contacto registrado.</translation>
    </message>
</context>
<context>
    <name>RecordStanceDialog</name>
    <message>
        <source>Where they said it, e.g. “Council meeting, March 9” or a link</source>
        <translation>Dónde lo dijo, p. ej., “Sesión del concejo, 9 de marzo” o un enlace</translation>
    </message>
    <message>
        <source>What they told us, e.g. “Wants the data on 911 calls first”</source>
        <translation>Qué nos dijo, p. ej., “Primero quiere los datos de llamadas al 911”</translation>
    </message>
    <message>
        <source>The vote, e.g. “Voted yes on first reading”</source>
        <translation>El voto, p. ej., “Votó sí en la primera lectura”</translation>
    </message>
    <message>
        <source>The story, e.g. a link to the Pantagraph article</source>
        <translation>La noticia, p. ej., un enlace al artículo del Pantagraph</translation>
    </message>
    <message>
        <source>Why we think so</source>
        <translation>Por qué lo creemos</translation>
    </message>
    <message>
        <source>Record stance — {name}</source>
        <translation>Registrar postura — {name}</translation>
    </message>
    <message>
        <source>Record the stance of {name}</source>
        <translation>Registrar la postura de {name}</translation>
    </message>
    <message>
        <source>Where does {name} stand now?</source>
        <translation>¿Qué postura tiene {name} ahora?</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>How we know</source>
        <translation>Cómo lo sabemos</translation>
    </message>
    <message>
        <source>Said in public or in writing</source>
        <translation>Lo dijo en público o por escrito</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source or note</source>
        <translation>Fuente o nota</translation>
    </message>
    <message>
        <source>How we know:</source>
        <translation>Cómo lo sabemos:</translation>
    </message>
    <message>
        <source>Source or note:</source>
        <translation>Fuente o nota:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Recorded: {stance}.</source>
        <translation>Registrado: {stance}.</translation>
    </message>
</context>
<context>
    <name>RecordVotesDialog</name>
    <message>
        <source>Record the votes</source>
        <translation>Registrar los votos</translation>
    </message>
    <message>
        <source>the ordinance</source>
        <translation>la ordenanza</translation>
    </message>
    <message>
        <source>How did each member of the {body} vote on “{what}”? Yes and no votes are added to each member&apos;s stance history as public votes. Members left blank are not recorded.</source>
        <translation>¿Cómo votó cada integrante de {body} sobre “{what}”? Los votos a favor y en contra se agregan al historial de postura de cada integrante como votos públicos. No se registra a quienes queden en blanco.</translation>
    </message>
    <message>
        <source>Source of the vote record</source>
        <translation>Fuente del registro de votos</translation>
    </message>
    <message>
        <source>Optional: where the result is published, e.g. the minutes&apos; link</source>
        <translation>Opcional: dónde se publica el resultado, p. ej., el enlace al acta</translation>
    </message>
    <message>
        <source>Everyone yes</source>
        <translation>Todos a favor</translation>
    </message>
    <message>
        <source>Mark everyone as voting yes</source>
        <translation>Marcar que todos votaron a favor</translation>
    </message>
    <message>
        <source>Recorded {n} vote.</source>
        <translation>Se registró {n} voto.</translation>
    </message>
    <message>
        <source>Recorded {n} votes.</source>
        <translation>Se registraron {n} votos.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>Already in organizer</source>
        <translation>Ya están en organizer</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Values left out (the rest of the row is imported)</source>
        <translation>Valores que quedan fuera (el resto de la fila se importa)</translation>
    </message>
    <message>
        <source>Values left out</source>
        <translation>Valores que quedan fuera</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the campaign file with the backup&apos;s contents. What the file holds now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Restaurar reemplaza todo el contenido del archivo de la campaña con el de la copia. Antes se hace una copia de lo que el archivo tiene ahora, así que una restauración también se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>Todavía no hay copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Concejales</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Type a name, an email, a ward, a council or a topic. Enter opens the first match.</source>
        <translation>Escribe un nombre, un correo, un distrito, un concejo o un tema. Intro abre el primer resultado.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search people, council members, meetings and talking points</source>
        <translation>Buscar personas, concejales, sesiones y puntos clave</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>{count} found. Up and Down choose, Enter opens.</source>
        <translation>{count} encontrados. Arriba y Abajo eligen, Intro abre.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>No se encontró nada para “{text}”.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Choose a result</source>
        <translation>Elegir un resultado</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>Abrir el resultado elegido</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar tus cambios?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Choose Cancel to go back to the form and save them.</source>
        <translation>Elige Cancelar para volver al formulario y guardarlos.</translation>
    </message>
    <message>
        <source>Someone else saved this first</source>
        <translation>Otra persona guardó esto primero</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your changes. Keep mine saves what you changed over their version; what you did not change keeps their version.</source>
        <translation>Cargar la suya muestra su versión y descarta tus cambios. Conservar los míos guarda lo que cambiaste sobre su versión; lo que no cambiaste conserva la versión de la otra persona.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Cargar la suya</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{label}: date</source>
        <translation>{label}: fecha</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>h:mm AP</source>
        <translation>h:mm AP</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Campaign files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Archivos de campaña (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a campaign file</source>
        <translation>Abrir un archivo de campaña</translation>
    </message>
    <message>
        <source>Create a campaign file</source>
        <translation>Crear un archivo de campaña</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>lottery</name>
    <message>
        <source>Seed: {seed}</source>
        <translation>Semilla: {seed}</translation>
    </message>
    <message>
        <source>Entrants (sign-up numbers): {ids}</source>
        <translation>Participantes (números de inscripción): {ids}</translation>
    </message>
    <message>
        <source>Speaking slots: {slots}</source>
        <translation>Turnos para hablar: {slots}</translation>
    </message>
    <message>
        <source>To check the order, take the SHA-256 of the seed, a colon and each sign-up number, and sort the hashes: the smallest speaks first.</source>
        <translation>Para comprobar el orden, calcule el SHA-256 de la semilla, dos puntos y cada número de inscripción, y ordene los hashes: el menor habla primero.</translation>
    </message>
    <message>
        <source>In a terminal, for each sign-up number:</source>
        <translation>En una terminal, para cada número de inscripción:</translation>
    </message>
    <message>
        <source>Or in Python:</source>
        <translation>O en Python:</translation>
    </message>
</context>
<context>
    <name>packet_preview</name>
    <message>
        <source>The printer could not be started; check that it is connected.</source>
        <translation>No se pudo iniciar la impresora; verifica que esté conectada.</translation>
    </message>
    <message>
        <source>Print — {title}</source>
        <translation>Imprimir — {title}</translation>
    </message>
</context>
<context>
    <name>restore_backup</name>
    <message>
        <source>automatic, before an upgrade</source>
        <translation>automática, antes de una actualización</translation>
    </message>
    <message>
        <source>automatic, before a restore</source>
        <translation>automática, antes de una restauración</translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation>hecha con Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>una copia</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
</context>
</TS>
