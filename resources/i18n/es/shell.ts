<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Concejos</translation>
    </message>
    <message>
        <source>Whip count in words</source>
        <translation>Conteo de votos en palabras</translation>
    </message>
    <message>
        <source>Where the votes stand</source>
        <translation>Cómo están los votos</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Concejales</translation>
    </message>
    <message>
        <source>{n} member serving</source>
        <translation>{n} concejal en funciones</translation>
    </message>
    <message>
        <source>{n} members serving</source>
        <translation>{n} concejales en funciones</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Whip count</source>
        <translation>Conteo de votos</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Latest stance changes</source>
        <translation>Últimos cambios de postura</translation>
    </message>
    <message>
        <source>Next meeting: {body}</source>
        <translation>Próxima sesión: {body}</translation>
    </message>
    <message>
        <source>No upcoming meeting. Add one on the Meetings page or generate them from the council&apos;s schedule.</source>
        <translation>No hay sesiones próximas. Agrega una en la página Sesiones o genéralas con el calendario del concejo.</translation>
    </message>
    <message>
        <source>Next meeting of {body}</source>
        <translation>Próxima sesión de {body}</translation>
    </message>
    <message>
        <source>Open the meeting of {body} on {when}</source>
        <translation>Abrir la sesión de {body} del {when}</translation>
    </message>
    <message>
        <source>Open the speaker board</source>
        <translation>Abrir la lista de oradores</translation>
    </message>
    <message>
        <source>Speakers: {confirmed} confirmed; the rules set no number of slots</source>
        <translation>Oradores: {confirmed} confirmados; las reglas no fijan un número de turnos</translation>
    </message>
    <message>
        <source>Speakers: {confirmed} confirmed of {slots}</source>
        <translation>Oradores: {confirmed} confirmados de {slots}</translation>
    </message>
    <message>
        <source>{n} slot</source>
        <translation>{n} turno</translation>
    </message>
    <message>
        <source>{n} slots</source>
        <translation>{n} turnos</translation>
    </message>
    <message>
        <source>({invited} more invited, not yet confirmed)</source>
        <translation>({invited} invitados más, sin confirmar)</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} aviso</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avisos</translation>
    </message>
    <message>
        <source>…and {n} more on the speaker board.</source>
        <translation>…y {n} más en la lista de oradores.</translation>
    </message>
    <message>
        <source>No warnings: the line-up fits the rules.</source>
        <translation>Sin avisos: la lista de oradores cumple las reglas.</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>No sign-up deadline.</source>
        <translation>Sin fecha límite de inscripción.</translation>
    </message>
    <message>
        <source>Sign-up has closed.</source>
        <translation>La inscripción ya cerró.</translation>
    </message>
    <message>
        <source>Sign-up closes in {time}.</source>
        <translation>La inscripción cierra en {time}.</translation>
    </message>
    <message>
        <source>No councils yet.</source>
        <translation>Todavía no hay concejos.</translation>
    </message>
    <message>
        <source>Talk to next:</source>
        <translation>Hablar después con:</translation>
    </message>
    <message>
        <source>{yes} yes of {needed} needed: the votes are there.</source>
        <translation>{yes} sí de {needed} necesarios: los votos están.</translation>
    </message>
    <message>
        <source>{yes} firm yes: a tie, and the mayor breaks it with a yes.</source>
        <translation>{yes} sí firmes: hay empate y el alcalde lo rompe con un sí.</translation>
    </message>
    <message>
        <source>{yes} firm yes of {needed} needed; with the leaning-yes votes it passes. Firm up {more}.</source>
        <translation>{yes} sí firmes de {needed} necesarios; con los que se inclinan al sí, se aprueba. Hay que asegurar {more}.</translation>
    </message>
    <message>
        <source>{yes} firm yes of {needed} needed: {more} to win.</source>
        <translation>{yes} sí firmes de {needed} necesarios: faltan {more} para ganar.</translation>
    </message>
    <message>
        <source>{n} more vote</source>
        <translation>{n} voto más</translation>
    </message>
    <message>
        <source>{n} more votes</source>
        <translation>{n} votos más</translation>
    </message>
    <message>
        <source>The mayor ({stance}) votes only to break a tie.</source>
        <translation>El alcalde ({stance}) vota solo para desempatar.</translation>
    </message>
    <message>
        <source>Nothing due in the next {n} days.</source>
        <translation>Nada pendiente en los próximos {n} días.</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Atrasado desde el {date}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Para el {date}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark the follow-up with {member} done</source>
        <translation>Marcar como hecho el seguimiento con {member}</translation>
    </message>
    <message>
        <source>Mark this follow-up done</source>
        <translation>Marcar este seguimiento como hecho</translation>
    </message>
    <message>
        <source>…and {n} more on the members&apos; pages (Council).</source>
        <translation>…y {n} más en las fichas de los concejales (Concejo).</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Seguimiento marcado como hecho.</translation>
    </message>
    <message>
        <source>No stances recorded yet.</source>
        <translation>Todavía no hay posturas registradas.</translation>
    </message>
    <message>
        <source>changed to</source>
        <translation>cambió a</translation>
    </message>
</context>
<context>
    <name>LineupDelegate</name>
    <message>
        <source>Sign-up status</source>
        <translation>Estado de la inscripción</translation>
    </message>
    <message>
        <source>Minutes for this speaker</source>
        <translation>Minutos para este orador</translation>
    </message>
    <message>
        <source>Limit ({minutes})</source>
        <translation>Límite ({minutes})</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>LineupModel</name>
    <message>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Minutes this speaker has; empty means the meeting&apos;s limit per speaker.</source>
        <translation>Minutos que tiene este orador; vacío significa el límite por orador de la sesión.</translation>
    </message>
    <message>
        <source>{minutes} (limit)</source>
        <translation>{minutes} (límite)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation>— ninguno todavía —</translation>
    </message>
    <message>
        <source>Drag the row, or press Alt+Up / Alt+Down, to change the speaking order.</source>
        <translation>Arrastra la fila, o pulsa Alt+Arriba / Alt+Abajo, para cambiar el orden de palabra.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Open campaign file</source>
        <translation>Archivo de campaña abierto</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Ctrl+K searches everything</source>
        <translation>Ctrl+K busca en todo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>Create an empty campaign file</source>
        <translation>Crear un archivo de campaña vacío</translation>
    </message>
    <message>
        <source>&amp;Open campaign…</source>
        <translation>&amp;Abrir campaña…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the campaign file</source>
        <translation>Escribir una copia coherente del archivo de campaña</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Undo the last deletion</source>
        <translation>Deshacer la última eliminación</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>Campaign &amp;settings…</source>
        <translation>&amp;Configuración de la campaña…</translation>
    </message>
    <message>
        <source>What every packet says about the campaign, and whom volunteers call</source>
        <translation>Lo que dice cada paquete sobre la campaña, y a quién llaman los voluntarios</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;About organizer</source>
        <translation>Acerca &amp;de organizer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Saved {language}, but {variable} decides the language while it is set.</source>
        <translation>Se guardó {language}, pero {variable} decide el idioma mientras esté definida.</translation>
    </message>
    <message>
        <source>The interface is in {language}.</source>
        <translation>La interfaz está en {language}.</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time organizer starts.</source>
        <translation>La interfaz estará en {language} la próxima vez que abras organizer.</translation>
    </message>
    <message>
        <source>&amp;People (CSV)…</source>
        <translation>&amp;Personas (CSV)…</translation>
    </message>
    <message>
        <source>Council &amp;calendar (.ics)…</source>
        <translation>&amp;Calendario del concejo (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Council members (CSV)…</source>
        <translation>&amp;Concejales (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Meetings calendar (.ics)…</source>
        <translation>Calendario de &amp;sesiones (.ics)…</translation>
    </message>
    <message>
        <source>The campaign file is still opening; try again in a moment.</source>
        <translation>El archivo de campaña todavía se está abriendo; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The {page} page could not be opened; details are in {log}.</source>
        <translation>No se pudo abrir la página {page}; los detalles están en {log}.</translation>
    </message>
    <message>
        <source>Opening the campaign file…</source>
        <translation>Abriendo el archivo de campaña…</translation>
    </message>
    <message>
        <source>Campaign file: {name}</source>
        <translation>Archivo de campaña: {name}</translation>
    </message>
    <message>
        <source>The database server keeps its own backups.</source>
        <translation>El servidor de la base de datos guarda sus propias copias de seguridad.</translation>
    </message>
    <message>
        <source>No other campaign files yet</source>
        <translation>Todavía no hay otros archivos de campaña</translation>
    </message>
    <message>
        <source>{path} already exists; open it with Open campaign instead.</source>
        <translation>{path} ya existe; ábrelo con Abrir campaña.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish before opening another file.</source>
        <translation>Espera a que termine la tarea en curso antes de abrir otro archivo.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Se abrió {name}.</translation>
    </message>
    <message>
        <source>Back up the campaign</source>
        <translation>Hacer copia de seguridad de la campaña</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup {backup}?</source>
        <translation>¿Reemplazar todo lo que hay en {name} con la copia {backup}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>What the file holds now is backed up first, so you can go back to it.</source>
        <translation>Primero se hace una copia de lo que tiene el archivo ahora, para que puedas volver a ello.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish before restoring.</source>
        <translation>Espera a que termine la tarea en curso antes de restaurar.</translation>
    </message>
    <message>
        <source>Restored from {backup}; the previous contents were backed up first.</source>
        <translation>Restaurado desde {backup}; antes se hizo una copia del contenido anterior.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Some changes have not been saved.</source>
        <translation>Algunos cambios no se han guardado.</translation>
    </message>
    <message>
        <source>Quit without saving them</source>
        <translation>Salir sin guardarlos</translation>
    </message>
    <message>
        <source>Choose Cancel to go back to them: the page shows what stopped the save.</source>
        <translation>Elige Cancelar para volver a ellos: la página muestra qué impidió guardar.</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>← All meetings</source>
        <translation>← Todas las sesiones</translation>
    </message>
    <message>
        <source>Back to all meetings</source>
        <translation>Volver a todas las sesiones</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Editar sesión…</translation>
    </message>
    <message>
        <source>Edit this meeting&apos;s date, agenda and rules</source>
        <translation>Editar la fecha, la agenda y las reglas de esta sesión</translation>
    </message>
    <message>
        <source>Record votes…</source>
        <translation>Registrar votos…</translation>
    </message>
    <message>
        <source>Record how each member voted</source>
        <translation>Registrar cómo votó cada concejal</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>En la agenda</translation>
    </message>
    <message>
        <source>Speaker board</source>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>Add a speaker: type a name, email, phone or ward…</source>
        <translation>Agregar un orador: escribe un nombre, correo, teléfono o distrito…</translation>
    </message>
    <message>
        <source>Add a speaker: search people</source>
        <translation>Agregar un orador: buscar personas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the person typed in the search box</source>
        <translation>Agregar a la persona escrita en el buscador</translation>
    </message>
    <message>
        <source>Speak earlier (Alt+Up)</source>
        <translation>Hablar antes (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected speaker up</source>
        <translation>Subir al orador seleccionado</translation>
    </message>
    <message>
        <source>Speak later (Alt+Down)</source>
        <translation>Hablar después (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Move the selected speaker down</source>
        <translation>Bajar al orador seleccionado</translation>
    </message>
    <message>
        <source>Talking points…</source>
        <translation>Puntos clave…</translation>
    </message>
    <message>
        <source>Choose the selected speaker&apos;s talking points</source>
        <translation>Elegir los puntos clave del orador seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected speaker from the line-up</source>
        <translation>Quitar de la lista al orador seleccionado</translation>
    </message>
    <message>
        <source>Line-up, in speaking order</source>
        <translation>Lista de oradores, en orden de palabra</translation>
    </message>
    <message>
        <source>Nobody is on the line-up yet. Type a name above to add a speaker; drag rows or press Alt+Up / Alt+Down to change the order.</source>
        <translation>Todavía no hay nadie en la lista. Escribe un nombre arriba para agregar un orador; arrastra las filas o pulsa Alt+Arriba / Alt+Abajo para cambiar el orden.</translation>
    </message>
    <message>
        <source>Preview packet</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <source>Preview the selected speaker&apos;s packet</source>
        <translation>Ver el paquete del orador seleccionado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print packets and printouts</source>
        <translation>Imprimir paquetes y hojas</translation>
    </message>
    <message>
        <source>This speaker&apos;s packet…</source>
        <translation>Paquete de este orador…</translation>
    </message>
    <message>
        <source>Run of show…</source>
        <translation>Guion de la sesión…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Hoja de registro…</translation>
    </message>
    <message>
        <source>Export all packets…</source>
        <translation>Exportar todos los paquetes…</translation>
    </message>
    <message>
        <source>Export every speaker&apos;s packet to a folder</source>
        <translation>Exportar el paquete de cada orador a una carpeta</translation>
    </message>
    <message>
        <source>Speaker messages…</source>
        <translation>Mensajes para oradores…</translation>
    </message>
    <message>
        <source>Confirmation and reminder messages for the speakers</source>
        <translation>Mensajes de confirmación y recordatorio para los oradores</translation>
    </message>
    <message>
        <source>Export sign-ups…</source>
        <translation>Exportar inscripciones…</translation>
    </message>
    <message>
        <source>Export this meeting&apos;s sign-ups to a spreadsheet</source>
        <translation>Exportar las inscripciones de esta sesión a una hoja de cálculo</translation>
    </message>
    <message>
        <source>Packets:</source>
        <translation>Paquetes:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Sign-up deadline</source>
        <translation>Fecha límite de inscripción</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>No warnings: the line-up fits the rules.</source>
        <translation>Sin avisos: la lista de oradores cumple las reglas.</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>Sorteo</translation>
    </message>
    <message>
        <source>Draw lottery order…</source>
        <translation>Sortear el orden…</translation>
    </message>
    <message>
        <source>Draw the speaking order by lottery</source>
        <translation>Sortear el orden de palabra</translation>
    </message>
    <message>
        <source>Public-comment rules</source>
        <translation>Reglas del comentario público</translation>
    </message>
    <message>
        <source>Per speaker:</source>
        <translation>Por orador:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Tiempo total:</translation>
    </message>
    <message>
        <source>Sign-up closes:</source>
        <translation>La inscripción cierra:</translation>
    </message>
    <message>
        <source>Too many signed up:</source>
        <translation>Si se inscriben demasiados:</translation>
    </message>
    <message>
        <source>Rules checked:</source>
        <translation>Reglas verificadas:</translation>
    </message>
    <message>
        <source>Where these rules come from</source>
        <translation>De dónde salen estas reglas</translation>
    </message>
    <message>
        <source>Show where these rules come from</source>
        <translation>Mostrar de dónde salen estas reglas</translation>
    </message>
    <message>
        <source>This meeting is {status}; nobody can be added.</source>
        <translation>Esta sesión está {status}; no se puede agregar a nadie.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>The ordinance is not on this meeting&apos;s agenda.</source>
        <translation>La ordenanza no está en la agenda de esta sesión.</translation>
    </message>
    <message>
        <source>On the agenda: {item}</source>
        <translation>En la agenda: {item}</translation>
    </message>
    <message>
        <source>{n} vote recorded</source>
        <translation>{n} voto registrado</translation>
    </message>
    <message>
        <source>{n} votes recorded</source>
        <translation>{n} votos registrados</translation>
    </message>
    <message>
        <source>Votes can be recorded once the meeting has been held.</source>
        <translation>Los votos se pueden registrar cuando la sesión ya se haya celebrado.</translation>
    </message>
    <message>
        <source>{n} speaker takes a slot</source>
        <translation>{n} orador ocupa un turno</translation>
    </message>
    <message>
        <source>{n} speakers take a slot</source>
        <translation>{n} oradores ocupan un turno</translation>
    </message>
    <message>
        <source>{n} fit in the window</source>
        <translation>caben {n} en el tiempo total</translation>
    </message>
    <message>
        <source>room for {n} more speaker</source>
        <translation>hay lugar para {n} orador más</translation>
    </message>
    <message>
        <source>room for {n} more speakers</source>
        <translation>hay lugar para {n} oradores más</translation>
    </message>
    <message>
        <source>no limit on public comment is on file</source>
        <translation>no hay registrado un límite para el comentario público</translation>
    </message>
    <message>
        <source>No sign-up deadline is on file.</source>
        <translation>No hay registrada una fecha límite de inscripción.</translation>
    </message>
    <message>
        <source>Sign-up closed {when}.</source>
        <translation>La inscripción cerró el {when}.</translation>
    </message>
    <message>
        <source>Sign-up closes {when}: {time} left.</source>
        <translation>La inscripción cierra el {when}: quedan {time}.</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Avisos ({n})</translation>
    </message>
    <message>
        <source>{entrants} people are signed up or waiting and {fit} fit: draw the speaking order by lottery.</source>
        <translation>Hay {entrants} personas inscritas o en espera y caben {fit}: sortea el orden de palabra.</translation>
    </message>
    <message>
        <source>People signed up after the last draw: draw again so everyone has the same chance.</source>
        <translation>Hay personas que se inscribieron después del último sorteo: sortea de nuevo para que todos tengan la misma oportunidad.</translation>
    </message>
    <message>
        <source>Everyone signed up fits in the window; no lottery is needed.</source>
        <translation>Todas las personas inscritas caben en el tiempo total; no hace falta sorteo.</translation>
    </message>
    <message>
        <source>Last drawn {when} with seed {seed}: {speakers} speak, {waiting} wait.</source>
        <translation>Último sorteo el {when} con la semilla {seed}: hablan {speakers}, esperan {waiting}.</translation>
    </message>
    <message>
        <source>Seed committed in advance (printed on the sign-in sheet); its SHA-256 is {hash}.</source>
        <translation>Semilla comprometida de antemano (impresa en la hoja de registro); su SHA-256 es {hash}.</translation>
    </message>
    <message>
        <source>Commit to a seed before sign-ups so the room can check the draw later.</source>
        <translation>Compromete una semilla antes de las inscripciones para que el público pueda verificar el sorteo después.</translation>
    </message>
    <message>
        <source>Show the draw and how to check it…</source>
        <translation>Ver el sorteo y cómo verificarlo…</translation>
    </message>
    <message>
        <source>Show the lottery commitment…</source>
        <translation>Ver el compromiso del sorteo…</translation>
    </message>
    <message>
        <source>Commit to a lottery seed…</source>
        <translation>Comprometer una semilla de sorteo…</translation>
    </message>
    <message>
        <source>{rule} (this meeting)</source>
        <translation>{rule} (esta sesión)</translation>
    </message>
    <message>
        <source>no limit on file</source>
        <translation>sin límite registrado</translation>
    </message>
    <message>
        <source>no deadline on file</source>
        <translation>sin fecha límite registrada</translation>
    </message>
    <message>
        <source>{before} before the start ({when})</source>
        <translation>{before} antes del inicio ({when})</translation>
    </message>
    <message>
        <source>Verified {date}</source>
        <translation>Verificadas el {date}</translation>
    </message>
    <message>
        <source>Verified {date}, {months} months ago: check again with the clerk</source>
        <translation>Verificadas el {date}, hace {months} meses: vuelve a consultar con la secretaría</translation>
    </message>
    <message>
        <source>Not verified: check with the clerk before the meeting</source>
        <translation>Sin verificar: consulta con la secretaría antes de la sesión</translation>
    </message>
    <message>
        <source>No source is on file for these rules.</source>
        <translation>No hay una fuente registrada para estas reglas.</translation>
    </message>
    <message>
        <source>How to sign up: {instructions}

Source: {source}</source>
        <translation>Cómo inscribirse: {instructions}

Fuente: {source}</translation>
    </message>
    <message>
        <source>{n} speakers selected</source>
        <translation>{n} oradores seleccionados</translation>
    </message>
    <message>
        <source>Select a speaker for their packet</source>
        <translation>Selecciona un orador para ver su paquete</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>Abrir persona</translation>
    </message>
    <message>
        <source>Remove from the line-up</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>(already on the line-up)</source>
        <translation>(ya está en la lista)</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”; add them on the People page first.</source>
        <translation>Nadie coincide con “{text}”; primero agrégalo en la página Personas.</translation>
    </message>
    <message>
        <source>Added {name} to the line-up.</source>
        <translation>Se agregó a {name} a la lista.</translation>
    </message>
    <message>
        <source>Remove {name} from the line-up?</source>
        <translation>¿Quitar a {name} de la lista?</translation>
    </message>
    <message>
        <source>Remove {n} speakers from the line-up?</source>
        <translation>¿Quitar a {n} oradores de la lista?</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>Quitar orador</translation>
    </message>
    <message>
        <source>Their talking points for this meeting go too. Undo (Ctrl+Z) brings everything back.</source>
        <translation>También se quitan sus puntos clave para esta sesión. Deshacer (Ctrl+Z) lo recupera todo.</translation>
    </message>
    <message>
        <source>Remove {name} from the line-up</source>
        <translation>Quitar a {name} de la lista</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó a {name}.</translation>
    </message>
    <message>
        <source>Remove {n} speakers from the line-up</source>
        <translation>Quitar a {n} oradores de la lista</translation>
    </message>
    <message>
        <source>Removed {n} speakers.</source>
        <translation>Se quitaron {n} oradores.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Deshaz con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Run of show</source>
        <translation>Guion de la sesión</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de registro</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>Ordenanza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>{speakers} of {slots}</source>
        <translation>{speakers} de {slots}</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Agregar una sesión</translation>
    </message>
    <message>
        <source>Generate from schedule…</source>
        <translation>Generar según el calendario…</translation>
    </message>
    <message>
        <source>Add a council&apos;s regular meetings from its schedule</source>
        <translation>Agregar las sesiones ordinarias de un concejo según su calendario</translation>
    </message>
    <message>
        <source>Show meetings of</source>
        <translation>Mostrar sesiones de</translation>
    </message>
    <message>
        <source>Which meetings</source>
        <translation>Qué sesiones</translation>
    </message>
    <message>
        <source>Upcoming, then past</source>
        <translation>Próximas, luego pasadas</translation>
    </message>
    <message>
        <source>Upcoming only</source>
        <translation>Solo próximas</translation>
    </message>
    <message>
        <source>Past only</source>
        <translation>Solo pasadas</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>&amp;Concejo:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Meetings, upcoming first</source>
        <translation>Sesiones, las próximas primero</translation>
    </message>
    <message>
        <source>No meetings yet. Add one with “New meeting…”, or let “Generate from schedule…” add a council&apos;s regular meetings.</source>
        <translation>Todavía no hay sesiones. Agrega una con “Nueva sesión…”, o deja que “Generar según el calendario…” agregue las sesiones ordinarias de un concejo.</translation>
    </message>
    <message>
        <source>Month calendar; days with meetings are highlighted</source>
        <translation>Calendario del mes; los días con sesiones están resaltados</translation>
    </message>
    <message>
        <source>Meetings on the chosen day</source>
        <translation>Sesiones del día elegido</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>Sesión seleccionada</translation>
    </message>
    <message>
        <source>Open speaker board</source>
        <translation>Abrir lista de oradores</translation>
    </message>
    <message>
        <source>Open the selected meeting&apos;s speaker board</source>
        <translation>Abrir la lista de oradores de la sesión seleccionada</translation>
    </message>
    <message>
        <source>All councils</source>
        <translation>Todos los concejos</translation>
    </message>
    <message>
        <source>{upcoming} upcoming · {past} past</source>
        <translation>{upcoming} próximas · {past} pasadas</translation>
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
        <source>no meetings</source>
        <translation>sin sesiones</translation>
    </message>
    <message>
        <source>Ordinance not on the agenda</source>
        <translation>La ordenanza no está en la agenda</translation>
    </message>
    <message>
        <source>{n} speaker</source>
        <translation>{n} orador</translation>
    </message>
    <message>
        <source>{n} speakers</source>
        <translation>{n} oradores</translation>
    </message>
    <message>
        <source>for {slots} slots</source>
        <translation>para {slots} turnos</translation>
    </message>
    <message>
        <source>({confirmed} confirmed)</source>
        <translation>({confirmed} confirmados)</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} aviso</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avisos</translation>
    </message>
    <message>
        <source>No sign-up deadline on file.</source>
        <translation>No hay fecha límite de inscripción registrada.</translation>
    </message>
    <message>
        <source>Sign-up closed {when}.</source>
        <translation>La inscripción cerró el {when}.</translation>
    </message>
    <message>
        <source>Sign-up closes in {time}.</source>
        <translation>La inscripción cierra en {time}.</translation>
    </message>
    <message>
        <source>That meeting is no longer on file.</source>
        <translation>Esa sesión ya no está registrada.</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Council member</source>
        <translation>Concejal</translation>
    </message>
    <message>
        <source>Seat, term and contact details</source>
        <translation>Escaño, mandato y datos de contacto</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Record &amp;stance…</source>
        <translation>Registrar &amp;postura…</translation>
    </message>
    <message>
        <source>Record this member&apos;s stance</source>
        <translation>Registrar la postura de este concejal</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Anotar &amp;contacto…</translation>
    </message>
    <message>
        <source>Log a contact with this member</source>
        <translation>Anotar un contacto con este concejal</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <source>Edit this member&apos;s details</source>
        <translation>Editar los datos de este concejal</translation>
    </message>
    <message>
        <source>Stance history, newest first</source>
        <translation>Historial de posturas, lo más reciente primero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <source>Said</source>
        <translation>Lo dijo</translation>
    </message>
    <message>
        <source>Source or note</source>
        <translation>Fuente o nota</translation>
    </message>
    <message>
        <source>Contacts with this member, newest first</source>
        <translation>Contactos con este concejal, lo más reciente primero</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Talking points that answer this member&apos;s concerns</source>
        <translation>Puntos clave que responden a las preocupaciones de este concejal</translation>
    </message>
    <message>
        <source>About this member</source>
        <translation>Sobre este concejal</translation>
    </message>
    <message>
        <source>Stance history</source>
        <translation>Historial de posturas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Points for their concerns</source>
        <translation>Puntos para sus preocupaciones</translation>
    </message>
    <message>
        <source>Choose a council member to see where they stand, how we know, and what to tell them.</source>
        <translation>Elige un concejal para ver su postura, cómo lo sabemos y qué decirle.</translation>
    </message>
    <message>
        <source>{name} (no longer serving)</source>
        <translation>{name} (ya no está en funciones)</translation>
    </message>
    <message>
        <source>{stance}, said in public — {source}, {date}</source>
        <translation>{stance}, dicho en público — {source}, {date}</translation>
    </message>
    <message>
        <source>{stance}, said in private — {source}, {date}</source>
        <translation>{stance}, dicho en privado — {source}, {date}</translation>
    </message>
    <message>
        <source>No stance recorded yet.</source>
        <translation>Todavía no hay una postura registrada.</translation>
    </message>
    <message>
        <source>Term: {start} to {end}</source>
        <translation>Mandato: {start} a {end}</translation>
    </message>
    <message>
        <source>Concerns: {concerns}</source>
        <translation>Preocupaciones: {concerns}</translation>
    </message>
    <message>
        <source>Concerns: none on file</source>
        <translation>Preocupaciones: ninguna registrada</translation>
    </message>
    <message>
        <source>In public</source>
        <translation>En público</translation>
    </message>
    <message>
        <source>In private</source>
        <translation>En privado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Follow-up open</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>{title}
{category} · answers: {concerns}</source>
        <translation>{title}
{category} · responde a: {concerns}</translation>
    </message>
    <message>
        <source>No concerns on file.</source>
        <translation>No hay preocupaciones registradas.</translation>
    </message>
    <message>
        <source>No talking point answers these concerns yet.</source>
        <translation>Todavía ningún punto clave responde a estas preocupaciones.</translation>
    </message>
    <message>
        <source>Stance history ({n})</source>
        <translation>Historial de posturas ({n})</translation>
    </message>
    <message>
        <source>Contacts ({n})</source>
        <translation>Contactos ({n})</translation>
    </message>
    <message>
        <source>Contacts ({n}, {open} to follow up)</source>
        <translation>Contactos ({n}, {open} por seguir)</translation>
    </message>
    <message>
        <source>Points for their concerns ({n})</source>
        <translation>Puntos para sus preocupaciones ({n})</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Seat</source>
        <translation>Escaño</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Concejal</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Lo dijo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Whether the member took the stance in public (or in writing) or only in private.</source>
        <translation>Si el concejal tomó la postura en público (o por escrito) o solo en privado.</translation>
    </message>
    <message>
        <source>{stance}, said in public; recorded {date}</source>
        <translation>{stance}, dicho en público; registrado el {date}</translation>
    </message>
    <message>
        <source>{stance}, said in private; recorded {date}</source>
        <translation>{stance}, dicho en privado; registrado el {date}</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactivo)</translation>
    </message>
    <message>
        <source>In public</source>
        <translation>En público</translation>
    </message>
    <message>
        <source>In private</source>
        <translation>En privado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>MinutesBar</name>
    <message>
        <source>Public-comment minutes</source>
        <translation>Minutos de comentario público</translation>
    </message>
    <message>
        <source>{n} minute used; no time limit</source>
        <translation>{n} minuto usado; sin límite de tiempo</translation>
    </message>
    <message>
        <source>{n} minutes used; no time limit</source>
        <translation>{n} minutos usados; sin límite de tiempo</translation>
    </message>
    <message>
        <source>{used} of {window} min: {n} minute over</source>
        <translation>{used} de {window} min: {n} minuto de más</translation>
    </message>
    <message>
        <source>{used} of {window} min: {n} minutes over</source>
        <translation>{used} de {window} min: {n} minutos de más</translation>
    </message>
    <message>
        <source>{used} of {window} min used, {left} left</source>
        <translation>{used} de {window} min usados, quedan {left}</translation>
    </message>
    <message>
        <source>(+{n} speaker with no time set)</source>
        <translation>(+{n} orador sin tiempo definido)</translation>
    </message>
    <message>
        <source>(+{n} speakers with no time set)</source>
        <translation>(+{n} oradores sin tiempo definido)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrar la tabla</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Guardar la persona</translation>
    </message>
    <message>
        <source>Delete the selected person</source>
        <translation>Eliminar la persona seleccionada</translation>
    </message>
    <message>
        <source>Choose how the table is sorted</source>
        <translation>Elegir cómo se ordena la tabla</translation>
    </message>
    <message>
        <source>How many people are shown</source>
        <translation>Cuántas personas se muestran</translation>
    </message>
    <message>
        <source>Filter by name, email, phone, ZIP or ward (Ctrl+F)</source>
        <translation>Filtrar por nombre, correo, teléfono, código postal o distrito (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>Sort the people table by</source>
        <translation>Ordenar la tabla de personas por</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 a 9</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A a Z</translation>
    </message>
    <message>
        <source>9 to 0</source>
        <translation>9 a 0</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z a A</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Agregar una persona (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the person in the editor (Delete in the table); Ctrl+Z undoes it</source>
        <translation>Eliminar la persona del editor (Supr en la tabla); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>People table</source>
        <translation>Tabla de personas</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Guardar persona</translation>
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
        <source>{shown} of {n} person</source>
        <translation>{shown} de {n} persona</translation>
    </message>
    <message>
        <source>{shown} of {n} people</source>
        <translation>{shown} de {n} personas</translation>
    </message>
    <message>
        <source>Choose the person to delete first.</source>
        <translation>Primero elige la persona que quieres eliminar.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Their sign-up for a meeting will be removed with them.</source>
        <translation>También se eliminará su inscripción a una sesión.</translation>
    </message>
    <message>
        <source>Their {n} sign-ups will be removed with them.</source>
        <translation>También se eliminarán sus {n} inscripciones.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar a {name}</translation>
    </message>
    <message>
        <source>Deleted {name}. Press Ctrl+Z to undo.</source>
        <translation>Se eliminó a {name}. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>C.P.</translation>
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
        <source>Packet</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>May email them</source>
        <translation>Se le puede escribir por correo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>May text them</source>
        <translation>Se le pueden enviar mensajes de texto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>May name them publicly</source>
        <translation>Se le puede nombrar en público</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>What they agreed to: email, text messages, being named publicly</source>
        <translation>Lo que aceptó: correo, mensajes de texto, ser nombrado en público</translation>
    </message>
    <message>
        <source>{column} (not sortable)</source>
        <translation>{column} (no se puede ordenar)</translation>
    </message>
    <message>
        <source>{name} (campaign team)</source>
        <translation>{name} (equipo de campaña)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>Untranslated: Spanish packets will print this point in English.</source>
        <translation>Sin traducir: los paquetes en español imprimirán este punto en inglés.</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>Todavía sin texto</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} palabras</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>unos {time}</translation>
    </message>
    <message>
        <source>fits a {minutes}-minute slot</source>
        <translation>cabe en un turno de {minutes} minutos</translation>
    </message>
    <message>
        <source>⚠ too long for a {minutes}-minute slot by {time}: cut about 1 word</source>
        <translation>⚠ se pasa de un turno de {minutes} minutos por {time}: recorta 1 palabra</translation>
    </message>
    <message>
        <source>⚠ too long for a {minutes}-minute slot by {time}: cut about {n} words</source>
        <translation>⚠ se pasa de un turno de {minutes} minutos por {time}: recorta unas {n} palabras</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <source>A short title, as a speaker would list it</source>
        <translation>Un título corto, como lo anotaría un orador</translation>
    </message>
    <message>
        <source>Spanish title</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>English one-sentence summary</source>
        <translation>Resumen en una frase, en inglés</translation>
    </message>
    <message>
        <source>One sentence a speaker can remember</source>
        <translation>Una frase que un orador pueda recordar</translation>
    </message>
    <message>
        <source>Spanish one-sentence summary</source>
        <translation>Resumen en una frase, en español</translation>
    </message>
    <message>
        <source>English full text</source>
        <translation>Texto completo en inglés</translation>
    </message>
    <message>
        <source>What the speaker says</source>
        <translation>Lo que dice el orador</translation>
    </message>
    <message>
        <source>Spanish full text</source>
        <translation>Texto completo en español</translation>
    </message>
    <message>
        <source>English speaking time</source>
        <translation>Tiempo de palabra en inglés</translation>
    </message>
    <message>
        <source>Spanish speaking time</source>
        <translation>Tiempo de palabra en español</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Estado de la traducción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Concerns it answers</source>
        <translation>Preocupaciones que responde</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. public safety, federal funding, cost</source>
        <translation>Separadas por comas, p. ej. seguridad pública, fondos federales, costo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Where the facts come from, so a speaker can cite them</source>
        <translation>De dónde salen los datos, para que un orador pueda citarlos</translation>
    </message>
    <message>
        <source>&amp;Offered for new line-ups (untick to retire)</source>
        <translation>&amp;Ofrecido para nuevas listas (desmarca para retirarlo)</translation>
    </message>
    <message>
        <source>Active in the library</source>
        <translation>Activo en la biblioteca</translation>
    </message>
    <message>
        <source>Speakers assigned this point</source>
        <translation>Oradores con este punto asignado</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>&amp;Full text</source>
        <translation>Texto co&amp;mpleto</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>Conc&amp;erns it answers</source>
        <translation>Preocupaciones que &amp;responde</translation>
    </message>
    <message>
        <source>Sou&amp;rces</source>
        <translation>Fue&amp;ntes</translation>
    </message>
    <message>
        <source>Not assigned to any speaker</source>
        <translation>No está asignado a ningún orador</translation>
    </message>
    <message>
        <source>Assigned to {n} speaker</source>
        <translation>Asignado a {n} orador</translation>
    </message>
    <message>
        <source>Assigned to {n} speakers</source>
        <translation>Asignado a {n} oradores</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <source>Talking point</source>
        <translation>Punto clave</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>sin traducir</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>traducido</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (retirado)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>{words} words, about {time}</source>
        <translation>{words} palabras, unos {time}</translation>
    </message>
    <message>
        <source>Spanish translation saved</source>
        <translation>Traducción al español guardada</translation>
    </message>
    <message>
        <source>No Spanish translation yet</source>
        <translation>Todavía sin traducción al español</translation>
    </message>
    <message>
        <source>Assigned to 1 speaker</source>
        <translation>Asignado a 1 orador</translation>
    </message>
    <message>
        <source>Assigned to {n} speakers</source>
        <translation>Asignado a {n} oradores</translation>
    </message>
    <message>
        <source>Retired: not offered for new line-ups</source>
        <translation>Retirado: no se ofrece para nuevas listas</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>{council}: {minutes} min per speaker</source>
        <translation>{council}: {minutes} min por orador</translation>
    </message>
    <message>
        <source>{council} (limit unknown): plan for {minutes} min</source>
        <translation>{council} (límite desconocido): calcula {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min per speaker</source>
        <translation>{minutes} min por orador</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Filter talking points</source>
        <translation>Filtrar puntos clave</translation>
    </message>
    <message>
        <source>Filter by title, text, concern or Spanish text (Ctrl+F)</source>
        <translation>Filtrar por título, texto, preocupación o texto en español (Ctrl+F)</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>New talking point</source>
        <translation>Nuevo punto clave</translation>
    </message>
    <message>
        <source>Add a talking point (Ctrl+N)</source>
        <translation>Agregar un punto clave (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete talking point</source>
        <translation>Eliminar punto clave</translation>
    </message>
    <message>
        <source>Delete the point in the editor (Delete in the list); Ctrl+Z undoes it. A point given to speakers is retired instead.</source>
        <translation>Eliminar el punto del editor (Supr en la lista); Ctrl+Z lo deshace. Un punto asignado a oradores se retira en lugar de eliminarse.</translation>
    </message>
    <message>
        <source>How many talking points are shown</source>
        <translation>Cuántos puntos clave se muestran</translation>
    </message>
    <message>
        <source>Talking-point library</source>
        <translation>Biblioteca de puntos clave</translation>
    </message>
    <message>
        <source>Speaking limit to check against</source>
        <translation>Límite de tiempo con el que comparar</translation>
    </message>
    <message>
        <source>Speaking li&amp;mit</source>
        <translation>Lí&amp;mite de tiempo</translation>
    </message>
    <message>
        <source>Speaking rate used for the estimates</source>
        <translation>Ritmo de habla usado para los cálculos</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the talking point</source>
        <translation>Guardar el punto clave</translation>
    </message>
    <message>
        <source>Save (Ctrl+S). Changes are also saved when you leave the editor.</source>
        <translation>Guardar (Ctrl+S). Los cambios también se guardan al salir del editor.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Revert to the saved version</source>
        <translation>Volver a la versión guardada</translation>
    </message>
    <message>
        <source>Choose a talking point on the left to edit it, or add one with “New point”.</source>
        <translation>Elige un punto clave a la izquierda para editarlo, o agrega uno con “Nuevo punto”.</translation>
    </message>
    <message>
        <source>Save talking point</source>
        <translation>Guardar punto clave</translation>
    </message>
    <message>
        <source>Find in the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>at {wpm} words a minute (from the campaign settings)</source>
        <translation>a {wpm} palabras por minuto (según la configuración de la campaña)</translation>
    </message>
    <message>
        <source>That talking point no longer exists.</source>
        <translation>Ese punto clave ya no existe.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Created the talking point “{title}”.</source>
        <translation>Se creó el punto clave “{title}”.</translation>
    </message>
    <message>
        <source>{n} speaker</source>
        <translation>{n} orador</translation>
    </message>
    <message>
        <source>{n} speakers</source>
        <translation>{n} oradores</translation>
    </message>
    <message>
        <source>“{title}” is assigned to {speakers}, so it stays in the library; it is already retired.</source>
        <translation>“{title}” está asignado a {speakers}, así que se queda en la biblioteca; ya está retirado.</translation>
    </message>
    <message>
        <source>Talking point in use</source>
        <translation>Punto clave en uso</translation>
    </message>
    <message>
        <source>“{title}” is assigned to {speakers}, so deleting it would change their line-ups. Retire it instead?</source>
        <translation>“{title}” está asignado a {speakers}, así que eliminarlo cambiaría sus listas. ¿Retirarlo en su lugar?</translation>
    </message>
    <message>
        <source>Retire it</source>
        <translation>Retirarlo</translation>
    </message>
    <message>
        <source>A retired point stays on those line-ups and packets but is not offered for new ones.</source>
        <translation>Un punto retirado sigue en esas listas y paquetes, pero no se ofrece para otros nuevos.</translation>
    </message>
    <message>
        <source>Delete “{title}” and its Spanish translation?</source>
        <translation>¿Eliminar “{title}” y su traducción al español?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Press Ctrl+Z to undo.</source>
        <translation>Se eliminó “{title}”. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>The talking point was not saved: {reason}</source>
        <translation>El punto clave no se guardó: {reason}</translation>
    </message>
    <message>
        <source>Reloaded the version someone else saved.</source>
        <translation>Se recargó la versión que guardó otra persona.</translation>
    </message>
    <message>
        <source>Not saved: someone else deleted this talking point. Copy your text before you leave it.</source>
        <translation>No se guardó: otra persona eliminó este punto clave. Copia tu texto antes de salir.</translation>
    </message>
    <message>
        <source>Unsaved changes (Ctrl+S saves)</source>
        <translation>Cambios sin guardar (Ctrl+S guarda)</translation>
    </message>
    <message>
        <source>{shown} of {total} points match</source>
        <translation>{shown} de {total} puntos coinciden</translation>
    </message>
    <message>
        <source>{n} point</source>
        <translation>{n} punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
</context>
<context>
    <name>SearchLineEdit</name>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
</context>
<context>
    <name>StanceBadge</name>
    <message>
        <source>Stance: {stance}</source>
        <translation>Postura: {stance}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task}: cancelando…</translation>
    </message>
    <message>
        <source>{task}: cancelled.</source>
        <translation>{task}: cancelado.</translation>
    </message>
</context>
<context>
    <name>WarningList</name>
    <message>
        <source>Warnings about the line-up</source>
        <translation>Avisos sobre la lista de oradores</translation>
    </message>
    <message>
        <source>{n} warning about the line-up</source>
        <translation>{n} aviso sobre la lista de oradores</translation>
    </message>
    <message>
        <source>{n} warnings about the line-up</source>
        <translation>{n} avisos sobre la lista de oradores</translation>
    </message>
</context>
<context>
    <name>WhipBar</name>
    <message>
        <source>{n} vacant</source>
        <translation>vacantes: {n}</translation>
    </message>
    <message>
        <source>the ordinance has the votes</source>
        <translation>la ordenanza tiene los votos</translation>
    </message>
    <message>
        <source>the ordinance has the votes with the mayor breaking the tie</source>
        <translation>la ordenanza tiene los votos si el alcalde desempata</translation>
    </message>
    <message>
        <source>{n} more firm yes needed; the leans would carry it</source>
        <translation>falta {n} sí firme; con los que se inclinan se aprobaría</translation>
    </message>
    <message>
        <source>{n} more firm yeses needed; the leans would carry it</source>
        <translation>faltan {n} sí firmes; con los que se inclinan se aprobaría</translation>
    </message>
    <message>
        <source>{n} more yes vote needed</source>
        <translation>falta {n} voto a favor</translation>
    </message>
    <message>
        <source>{n} more yes votes needed</source>
        <translation>faltan {n} votos a favor</translation>
    </message>
    <message>
        <source>{n} votes needed to pass</source>
        <translation>se necesitan {n} votos para aprobarla</translation>
    </message>
    <message>
        <source>(or {n} with the mayor breaking the tie)</source>
        <translation>(o {n} si el alcalde desempata)</translation>
    </message>
    <message>
        <source>{body}: {members} of {seats}; {needed}, {outlook}.</source>
        <translation>{body}: {members} de {seats}; {needed}, {outlook}.</translation>
    </message>
    <message>
        <source>no members on file</source>
        <translation>ningún concejal registrado</translation>
    </message>
    <message>
        <source>{n} seat</source>
        <translation>{n} escaño</translation>
    </message>
    <message>
        <source>{n} seats</source>
        <translation>{n} escaños</translation>
    </message>
    <message>
        <source>Whip count</source>
        <translation>Conteo de votos</translation>
    </message>
    <message>
        <source>Whip count, {body}</source>
        <translation>Conteo de votos, {body}</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacante</translation>
    </message>
    <message>
        <source>{n} needed to pass</source>
        <translation>se necesitan {n}</translation>
    </message>
</context>
<context>
    <name>_WarningRow</name>
    <message>
        <source>Click to select the speakers it is about; double-click or Enter to open it.</source>
        <translation>Haz clic para seleccionar a los oradores afectados; doble clic o Intro para abrirlo.</translation>
    </message>
    <message>
        <source>Click to select the speakers it is about.</source>
        <translation>Haz clic para seleccionar a los oradores afectados.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Create it</source>
        <translation>Crearlo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The campaign file could not be opened because of an unexpected problem; the details are in organizer&apos;s log.</source>
        <translation>No se pudo abrir el archivo de campaña por un problema inesperado; los detalles están en el registro de organizer.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>{days} days {hours} h</source>
        <translation>{days} días {hours} h</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <source>1 day {hours} h</source>
        <translation>1 día {hours} h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{hours} h {mins} min</source>
        <translation>{hours} h {mins} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{mins} min</source>
        <translation>{mins} min</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
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
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>en {n} días</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Leaning yes</source>
        <translation>Se inclina al sí</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indeciso/a</translation>
    </message>
    <message>
        <source>Leaning no</source>
        <translation>Se inclina al no</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Lo que hace</translation>
    </message>
    <message>
        <source>What it does NOT do</source>
        <translation>Lo que NO hace</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>Lo que pedimos</translation>
    </message>
    <message>
        <source>Personal-story prompt</source>
        <translation>Guía para una historia personal</translation>
    </message>
    <message>
        <source>Answer to a concern</source>
        <translation>Respuesta a una preocupación</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado/a</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado/a</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado/a</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Habló</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Sesión ordinaria</translation>
    </message>
    <message>
        <source>Special meeting</source>
        <translation>Sesión extraordinaria</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Sesión de comisión</translation>
    </message>
    <message>
        <source>Study session</source>
        <translation>Sesión de estudio</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>No está en la agenda</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>First reading</source>
        <translation>Primera lectura</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>First come, first served</source>
        <translation>Por orden de llegada</translation>
    </message>
    <message>
        <source>Lottery when more sign up than fit</source>
        <translation>Sorteo si se inscriben más de los que caben</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Declaración pública</translation>
    </message>
    <message>
        <source>Private meeting</source>
        <translation>Reunión privada</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Noticia</translation>
    </message>
    <message>
        <source>Our inference</source>
        <translation>Deducción nuestra</translation>
    </message>
    <message>
        <source>public statement</source>
        <translation>declaración pública</translation>
    </message>
    <message>
        <source>private meeting</source>
        <translation>reunión privada</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>votación</translation>
    </message>
    <message>
        <source>news</source>
        <translation>noticia</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>deducida</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Ride</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} hora</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>sin fecha límite</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Guyaratí</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalí</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birmano</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>Kinyarwanda</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amárico</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigriña</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pastún</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>Lingala</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>Yoruba</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>Igbo</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulú</translation>
    </message>
</context>
</TS>
