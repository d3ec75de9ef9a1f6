"""Every fixed word the printouts use, in English and Spanish, and dates in each language.

Dates are formatted here rather than with ``locale`` so that a packet looks the same on
any computer, whatever language its system runs in.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from organizer.domain.enums import STANCE_LABELS as ENGLISH_STANCE_LABELS
from organizer.domain.enums import Stance

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"

_EN: dict[str, str] = {
    # Speaker packet
    "packet_title": "Speaker packet",
    "prepared_for": "Prepared for",
    "speaking_at": "Speaking at",
    "slot": "Your speaking slot",
    "slot_value": "#{slot}",
    "slot_unknown": "To be confirmed",
    "slot_of": "of {count} speakers",
    "time_limit": "Your time limit",
    "no_limit": "No set limit",
    "waitlisted": "You are on the waiting list. Come anyway: if a speaker cannot make it, "
    "the coordinator will tell you when it is your turn.",
    "when": "When",
    "where": "Where",
    "arrive_by": "Arrive by",
    "arrive_by_note": "Arrive by {time} to sign up and find a seat.",
    "sign_up": "How to sign up",
    "signup_deadline": "Sign up before {time}.",
    "signup_default": "Tell the clerk at the front of the room that you want to speak "
    "during public comment.",
    "agenda_item": "Agenda item",
    "your_script": "Your script",
    "opening_heading": "1. Open",
    "opening_line": "Good evening. My name is ______________________ and I live in "
    "______________________.",
    "opening_hint": "Fill in your name and your neighborhood or ward before the meeting.",
    "points_heading": "2. Your points, in this order",
    "no_points": "Your coordinator has not assigned points yet. Speak from your own "
    "experience, and end with the ask.",
    "short_version": "If time runs short, say just this: {summary}",
    "story_heading": "3. Your story",
    "story_default": "In a sentence or two: why does this matter to you, your family or "
    "your neighbors?",
    "your_angle": "What you told us you would like to share:",
    "story_lines": "Write it here:",
    "ask_heading": "4. The ask",
    "ask_default": "Please vote yes on {ordinance}.",
    "ask_default_plain": "Please vote yes.",
    "closing": "Thank you.",
    "timing_heading": "Timing",
    "estimate": "Estimated speaking time: {estimate} ({words} words at {wpm} words a minute).",
    "limit": "Your limit: {limit}.",
    "over_title": "Too long",
    "over_warning": "This script runs over your limit by about {over}. Cut a point or "
    "shorten your story: the chair can stop you mid-sentence.",
    "fits": "Fits your limit, with about {spare} to spare.",
    "no_limit_timing": "There is no set limit, but short comments are remembered best.",
    "rehearse": "Read it aloud with a timer at least once.",
    "key_facts": "Key facts",
    "does": "What the ordinance does",
    "does_not": "What it does NOT do",
    "no_facts": "Your coordinator has not added key facts yet.",
    "tips_heading": "Tips for public comment",
    "tips": "\n".join(
        [
            "Speak to the council, not to the audience. Start with your name and where you "
            "live.",
            "Say one thing well rather than many things quickly. Your story is what members "
            "remember.",
            "Stay calm and respectful, even if others are not. You are speaking for your "
            "neighbors too.",
            "Watch the timer or the chair. When time is up, say your ask and thank them.",
            "You do not have to answer questions about yourself or your family. "
            "\u201cI would rather not say\u201d is a complete answer.",
            "Stay after you speak if you can: a full room shows the council that people care.",
        ]
    ),
    "contact_heading": "Questions? Contact your coordinator",
    "untranslated": "Not translated yet: shown in English.",
    "internal_heading": "Internal: do not share",
    "internal_intro": "Included at the coordinator's request. Take this page out before "
    "giving the packet to anyone outside the team.",
    "internal_stances": "Where the members stand",
    "internal_signup_notes": "Notes on this sign-up",
    "internal_person_notes": "Notes on the speaker",
    "public": "public",
    "private": "private",
    "pronouns": "Pronouns: {pronouns}",
    # Footer and metadata
    "page_of": "Page {page} of {total}",
    "generated": "Generated {date}",
    "subject_packet": "Public comment packet for {body}, {date}",
    # Run of show and sign-in sheet
    "run_of_show": "Run of show",
    "col_done": "Done",
    "col_slot": "#",
    "col_name": "Speaker",
    "col_minutes": "Min.",
    "col_phone": "Phone",
    "col_points": "Points",
    "col_status": "Status",
    "col_notes": "Needs and notes",
    "waitlist": "Waiting list",
    "total_time": "Speakers: {count}. Time: {minutes} minutes of a {window}-minute window.",
    "total_time_open": "Speakers: {count}. Time: {minutes} minutes (no window limit).",
    "over_window": "{minutes} minutes over the window: the last speakers may not be heard.",
    "minutes_short": "{minutes}",
    "sign_in_sheet": "Sign-in sheet",
    "col_arrived": "Arrived",
    "col_clerk": "Signed up with clerk",
    "col_signature": "Signature or initials",
    "walk_ins": "Walk-ins",
    "sign_in_intro": "Check each speaker in as they arrive, and tick when they have signed "
    "up with the clerk.",
    "lottery_commitment": "Lottery commitment, published before the draw: the seed revealed at "
    "the draw must have this SHA-256.",
    "lottery_seed": "Drawn with the seed {seed}. Check: printf '%s' '{seed}' | sha256sum",
    "lottery_uncommitted": "Drawn with the seed {seed}, chosen at the draw: no commitment was "
    "published in advance.",
    # Whip report
    "whip_title": "Whip count",
    "whip_body_summary": "{yes} of {needed} votes needed are firm yes. "
    "{more} more needed ({more_leans} counting leaning yes).",
    "whip_majority": "Majority reached: {yes} firm yes of {needed} needed.",
    "whip_seats": "Seats: {seats}. Votes needed: {needed}.",
    "whip_vacancies": "Vacant seats: {count}.",
    "whip_members": "Members",
    "whip_targets": "Whom to talk to next",
    "whip_tie_breaker": "Breaks ties: {name} ({stance})",
    "col_member": "Member",
    "col_seat": "Seat",
    "col_stance": "Stance",
    "col_public": "On record",
    "col_reason": "Why",
    "reason_persuade": "persuade",
    "reason_firm_up": "ask to say it in public",
    "yes_word": "yes",
    "no_word": "no",
    "whip_chart_title": "Members by stance",
    "whip_confidential": "Internal: for the organizing team only.",
    # Duration and minutes
    "minute": "{n} minute",
    "minutes": "{n} minutes",
    # Sign-up states and needs, for the coordinator's printouts
    "status_invited": "invited",
    "status_confirmed": "confirmed",
    "status_waitlisted": "waiting list",
    "status_checked_in": "checked in",
    "status_spoke": "spoke",
    "status_no_show": "no-show",
    "status_declined": "declined",
    "status_cancelled": "cancelled",
    "need_interpreter": "interpreter",
    "need_childcare": "childcare",
    "need_ride": "ride",
    "need_access": "accessibility",
}

_ES: dict[str, str] = {
    "packet_title": "Paquete para oradores",
    "prepared_for": "Preparado para",
    "speaking_at": "Vas a hablar en",
    "slot": "Tu turno para hablar",
    "slot_value": "#{slot}",
    "slot_unknown": "Por confirmar",
    "slot_of": "de {count} oradores",
    "time_limit": "Tu tiempo límite",
    "no_limit": "Sin límite fijo",
    "waitlisted": "Estás en la lista de espera. Ven de todos modos: si alguien no puede "
    "venir, la coordinación te dirá cuándo te toca.",
    "when": "Cuándo",
    "where": "Dónde",
    "arrive_by": "Llega antes de",
    "arrive_by_note": "Llega antes de las {time} para inscribirte y encontrar asiento.",
    "sign_up": "Cómo inscribirte",
    "signup_deadline": "Inscríbete antes de las {time}.",
    "signup_default": "Dile al secretario o secretaria al frente de la sala que quieres "
    "hablar durante el comentario público.",
    "agenda_item": "Punto de la agenda",
    "your_script": "Tu guion",
    "opening_heading": "1. Empieza",
    "opening_line": "Buenas noches. Me llamo ______________________ y vivo en "
    "______________________.",
    "opening_hint": "Escribe tu nombre y tu barrio o distrito antes de la reunión.",
    "points_heading": "2. Tus puntos, en este orden",
    "no_points": "La coordinación todavía no te ha asignado puntos. Habla desde tu propia "
    "experiencia y termina con lo que pedimos.",
    "short_version": "Si se acaba el tiempo, di solo esto: {summary}",
    "story_heading": "3. Tu historia",
    "story_default": "En una o dos frases: ¿por qué esto te importa a ti, a tu familia o a "
    "tus vecinos?",
    "your_angle": "Lo que nos dijiste que te gustaría compartir:",
    "story_lines": "Escríbela aquí:",
    "ask_heading": "4. Lo que pedimos",
    "ask_default": "Por favor, voten sí a {ordinance}.",
    "ask_default_plain": "Por favor, voten sí.",
    "closing": "Gracias.",
    "timing_heading": "Tiempo",
    "estimate": "Tiempo estimado: {estimate} ({words} palabras a {wpm} palabras por minuto).",
    "limit": "Tu límite: {limit}.",
    "over_title": "Demasiado largo",
    "over_warning": "Este guion se pasa de tu límite por unos {over}. Quita un punto o "
    "acorta tu historia: la presidencia puede interrumpirte a mitad de frase.",
    "fits": "Cabe en tu límite, con unos {spare} de margen.",
    "no_limit_timing": "No hay un límite fijo, pero los comentarios breves se recuerdan mejor.",
    "rehearse": "Léelo en voz alta con un cronómetro al menos una vez.",
    "key_facts": "Datos clave",
    "does": "Lo que hace la ordenanza",
    "does_not": "Lo que NO hace",
    "no_facts": "La coordinación todavía no ha añadido datos clave.",
    "tips_heading": "Consejos para el comentario público",
    "tips": "\n".join(
        [
            "Háblale al concejo, no al público. Empieza con tu nombre y dónde vives.",
            "Di una cosa bien en vez de muchas cosas deprisa. Lo que se recuerda es tu "
            "historia.",
            "Mantén la calma y el respeto, aunque otros no lo hagan. También hablas por tus "
            "vecinos.",
            "Fíjate en el cronómetro o en la presidencia. Cuando se acabe el tiempo, di lo que "
            "pedimos y da las gracias.",
            "No tienes que responder preguntas sobre ti o tu familia. "
            "\u201cPrefiero no decirlo\u201d es una respuesta completa.",
            "Si puedes, quédate después de hablar: una sala llena le muestra al concejo que "
            "a la gente le importa.",
        ]
    ),
    "contact_heading": "¿Preguntas? Habla con tu coordinador(a)",
    "untranslated": "Todavía sin traducir: se muestra en inglés.",
    "internal_heading": "Interno: no compartir",
    "internal_intro": "Incluido a petición de la coordinación. Quita esta página antes de "
    "dar el paquete a alguien de fuera del equipo.",
    "internal_stances": "Postura de los miembros",
    "internal_signup_notes": "Notas sobre esta inscripción",
    "internal_person_notes": "Notas sobre la persona",
    "public": "pública",
    "private": "privada",
    "pronouns": "Pronombres: {pronouns}",
    "page_of": "Página {page} de {total}",
    "generated": "Generado el {date}",
    "subject_packet": "Paquete de comentario público para {body}, {date}",
    "run_of_show": "Orden del día de los oradores",
    "col_done": "Hecho",
    "col_slot": "#",
    "col_name": "Orador(a)",
    "col_minutes": "Min.",
    "col_phone": "Teléfono",
    "col_points": "Puntos",
    "col_status": "Estado",
    "col_notes": "Necesidades y notas",
    "waitlist": "Lista de espera",
    "total_time": "Oradores: {count}. Tiempo: {minutes} minutos de una ventana de {window} "
    "minutos.",
    "total_time_open": "Oradores: {count}. Tiempo: {minutes} minutos (sin límite de ventana).",
    "over_window": "{minutes} minutos por encima de la ventana: puede que los últimos oradores "
    "no lleguen a hablar.",
    "minutes_short": "{minutes}",
    "sign_in_sheet": "Hoja de registro",
    "col_arrived": "Llegó",
    "col_clerk": "Inscrito con la secretaría",
    "col_signature": "Firma o iniciales",
    "walk_ins": "Sin inscripción previa",
    "sign_in_intro": "Registra a cada orador al llegar y marca cuando se haya inscrito con "
    "la secretaría.",
    "lottery_commitment": "Compromiso del sorteo, publicado antes del sorteo: la semilla que se "
    "revele en el sorteo debe tener este SHA-256.",
    "lottery_seed": "Sorteado con la semilla {seed}. Comprobación: printf '%s' '{seed}' | sha256sum",
    "lottery_uncommitted": "Sorteado con la semilla {seed}, elegida en el momento del sorteo: no "
    "se publicó ningún compromiso por adelantado.",
    "whip_title": "Conteo de votos",
    "whip_body_summary": "{yes} de los {needed} votos necesarios son un sí firme. "
    "Faltan {more} ({more_leans} contando los que se inclinan al sí).",
    "whip_majority": "Mayoría alcanzada: {yes} síes firmes de {needed} necesarios.",
    "whip_seats": "Escaños: {seats}. Votos necesarios: {needed}.",
    "whip_vacancies": "Escaños vacantes: {count}.",
    "whip_members": "Miembros",
    "whip_targets": "Con quién hablar primero",
    "whip_tie_breaker": "Desempata: {name} ({stance})",
    "col_member": "Miembro",
    "col_seat": "Escaño",
    "col_stance": "Postura",
    "col_public": "Pública",
    "col_reason": "Por qué",
    "reason_persuade": "convencer",
    "reason_firm_up": "pedir que lo diga en público",
    "yes_word": "sí",
    "no_word": "no",
    "whip_chart_title": "Miembros por postura",
    "whip_confidential": "Interno: solo para el equipo organizador.",
    "minute": "{n} minuto",
    "minutes": "{n} minutos",
    "status_invited": "invitado",
    "status_confirmed": "confirmado",
    "status_waitlisted": "lista de espera",
    "status_checked_in": "registrado",
    "status_spoke": "habló",
    "status_no_show": "no vino",
    "status_declined": "declinó",
    "status_cancelled": "cancelado",
    "need_interpreter": "intérprete",
    "need_childcare": "cuidado de niños",
    "need_ride": "transporte",
    "need_access": "accesibilidad",
}

_LABELS = {"en": _EN, "es": _ES}

# English is the app's own wording, so the printouts and the screens name stances alike.
STANCE_LABELS = {
    "en": ENGLISH_STANCE_LABELS,
    "es": {
        Stance.YES: "Sí",
        Stance.LEAN_YES: "Inclinado al sí",
        Stance.UNDECIDED: "Indeciso",
        Stance.LEAN_NO: "Inclinado al no",
        Stance.NO: "No",
        Stance.UNKNOWN: "Desconocida",
    },
}


def check_language(lang: str) -> str:
    return lang if lang in _LABELS else DEFAULT_LANGUAGE


class Labels:
    """The fixed words of one language: ``labels["when"]``, ``labels.format("limit", ...)``."""

    def __init__(self, lang: str):
        self.lang = check_language(lang)
        self._table = _LABELS[self.lang]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def format(self, key: str, **values: object) -> str:
        return self._table[key].format(**values)

    def optional(self, key: str, fallback: str) -> str:
        """The label for ``key`` if there is one (a stored value we may not know yet)."""
        return self._table.get(key, fallback)

    def stance(self, stance: Stance) -> str:
        return STANCE_LABELS[self.lang][stance]

    def minutes(self, n: int) -> str:
        return self.format("minute" if n == 1 else "minutes", n=n)

    def duration(self, seconds: int) -> str:
        """``135`` -> "2 min 15 s"; the abbreviations are the same in English and Spanish."""
        minutes, rest = divmod(max(0, int(seconds)), 60)
        if minutes and rest:
            return f"{minutes} min {rest} s"
        return f"{minutes} min" if minutes else f"{rest} s"

    # --- dates ---------------------------------------------------------------------

    def date(self, day: dt.date) -> str:
        """"December 14, 2026" / "14 de diciembre de 2026"."""
        month = _MONTHS[self.lang][day.month - 1]
        if self.lang == "es":
            return f"{day.day} de {month} de {day.year}"
        return f"{month} {day.day}, {day.year}"

    def weekday_date(self, day: dt.date) -> str:
        return f"{_WEEKDAYS[self.lang][day.weekday()]}, {self.date(day)}"

    def time(self, moment: dt.datetime, zone: str) -> str:
        """"6:00 PM" / "18:00", in the meeting's time zone."""
        local = moment.astimezone(ZoneInfo(zone))
        if self.lang == "es":
            return f"{local.hour}:{local.minute:02d}"
        hour = local.hour % 12 or 12
        return f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"

    def zone_name(self, moment: dt.datetime, zone: str) -> str:
        local = moment.astimezone(ZoneInfo(zone))
        abbreviation = local.tzname() or zone
        if self.lang == "es":
            spanish = _SPANISH_ZONES.get(zone)
            return f"({spanish})" if spanish else abbreviation
        return abbreviation

    def time_with_zone(self, moment: dt.datetime, zone: str) -> str:
        return f"{self.time(moment, zone)} {self.zone_name(moment, zone)}"

    def datetime(self, moment: dt.datetime, zone: str) -> str:
        """"Monday, December 14, 2026, 6:00 PM CST" /
        "lunes, 14 de diciembre de 2026, 18:00 (hora del centro)"."""
        local = moment.astimezone(ZoneInfo(zone))
        return f"{self.weekday_date(local.date())}, {self.time_with_zone(moment, zone)}"


_MONTHS = {
    "en": [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ],
    "es": [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ],
}  # fmt: skip
_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
# How Spanish speakers in the United States name the zones (the abbreviations are English).
_SPANISH_ZONES = {
    "America/Chicago": "hora del centro",
    "America/Indiana/Knox": "hora del centro",
    "America/Menominee": "hora del centro",
    "America/New_York": "hora del este",
    "America/Detroit": "hora del este",
    "America/Indiana/Indianapolis": "hora del este",
    "America/Kentucky/Louisville": "hora del este",
    "America/Denver": "hora de la montaña",
    "America/Boise": "hora de la montaña",
    "America/Phoenix": "hora de la montaña",
    "America/Los_Angeles": "hora del Pacífico",
    "America/Anchorage": "hora de Alaska",
    "Pacific/Honolulu": "hora de Hawái",
    "America/Puerto_Rico": "hora del Atlántico",
}
