"""Build a large campaign database for the benchmarks: 100,000 people, 2,000 meetings, 50,000 sign-ups.

    python benchmarks/build_large_db.py [--out FILE] [--people N] [--meetings N] [--signups N]

The file starts as a normal campaign (starter content plus the demo), so every page has
something real-looking to show, and then gets the bulk rows through SQLAlchemy Core
``insert()`` executemany in one transaction: seconds, not minutes. Everyone added is
marked ``is_sample``; names come from many writing systems, because the campaign's
volunteers write their names in many of them. Emails are on example.org and phone numbers
in the 555-01xx range reserved for fiction. The output is deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select  # noqa: E402

from organizer.domain.enums import (  # noqa: E402
    ACTIVE_SIGNUP_STATUSES,
    MeetingKind,
    MeetingStatus,
    OrdinanceStage,
    PersonRole,
    SignupStatus,
    SpeakerNeed,
)
from organizer.domain.models import (  # noqa: E402
    GoverningBody,
    Meeting,
    Person,
    Signup,
    SignupPoint,
    TalkingPoint,
    person_search_text,
)
from organizer.services.campaign import open_campaign  # noqa: E402
from organizer.services.demo import load_demo  # noqa: E402

DEFAULT_OUT = Path("/tmp/organizer-bench-100k.sqlite3")

# (given names, family names, languages spoken, packet language)
NAME_POOLS: list[tuple[list[str], list[str], list[str], str]] = [
    (["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Emily"],
     ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor"],
     ["en"], "en"),
    (["José", "María", "Juan", "Guadalupe", "Luis", "Carmen", "Jesús", "Rosa", "Ángel", "Sofía"],
     ["García", "Martínez", "Hernández", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Flores"],
     ["es", "en"], "es"),
    (["Minh", "Anh", "Hương", "Tuấn", "Thảo", "Đức", "Phương", "Quỳnh"],
     ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"], ["vi", "en"], "en"),
    (["伟", "芳", "娜", "秀英", "敏", "静", "磊", "洋"], ["王", "李", "张", "刘", "陈", "杨", "黄"], ["zh", "en"], "en"),
    (["민준", "서연", "지훈", "하은", "도윤", "지우"], ["김", "이", "박", "최", "정"], ["ko", "en"], "en"),
    (["翔", "陽菜", "さくら", "健太", "結衣", "蓮"], ["佐藤", "鈴木", "高橋", "田中", "渡辺"], ["ja", "en"], "en"),
    (["محمد", "فاطمة", "أحمد", "مريم", "علي", "نور"], ["الحسن", "العلي", "حداد", "خوري", "منصور"], ["ar", "en"], "en"),
    (["مریم", "رضا", "زهرا", "امیر"], ["احمدی", "حسینی", "رضایی"], ["fa", "en"], "en"),
    (["आरव", "प्रिया", "राहुल", "अनन्या", "विवेक"], ["शर्मा", "वर्मा", "पटेल", "सिंह"], ["hi", "en"], "en"),
    (["রহিম", "ফাতেমা", "অমিত", "সুমি"], ["চৌধুরী", "রহমান", "দাস"], ["bn", "en"], "en"),
    (["அருண்", "பிரியா", "கார்த்திக்", "மீனா"], ["குமார்", "ராஜா", "சுப்ரமணியம்"], ["ta", "en"], "en"),
    (["Иван", "Ольга", "Дмитрий", "Анна", "Сергей"], ["Иванов", "Смирнова", "Кузнецов", "Попова"], ["ru", "en"], "en"),
    (["Олена", "Тарас", "Оксана", "Богдан"], ["Шевченко", "Коваленко", "Бондаренко"], ["uk", "en"], "en"),
    (["Γιώργος", "Μαρία", "Νίκος", "Ελένη"], ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου"], ["el", "en"], "en"),
    (["דוד", "שרה", "יוסף", "רחל"], ["כהן", "לוי", "מזרחי"], ["he", "en"], "en"),
    (["አበበ", "ማርታ", "ሰላም", "ዳዊት"], ["ተስፋዬ", "ገብረ", "አለሙ"], ["am", "en"], "en"),
    (["สมชาย", "สุดา", "วิชัย", "มาลี"], ["สุขสวัสดิ์", "ศรีสุข", "บุญมา"], ["th", "en"], "en"),
    (["ნინო", "გიორგი", "თამარ"], ["ბერიძე", "კაპანაძე"], ["ka", "en"], "en"),
    (["Արամ", "Անի", "Նարեկ"], ["Պետրոսյան", "Հովհաննիսյան"], ["hy", "en"], "en"),
    (["Amina", "Chinedu", "Oluwaseun", "Adebayo", "Wanjiru", "Kofi"],
     ["Okafor", "Mwangi", "Adeyemi", "Mensah", "Abubakar"], ["en", "yo"], "en"),
    (["Abdi", "Hodan", "Farah", "Ayaan"], ["Mohamed", "Warsame", "Hassan"], ["so", "en"], "en"),
    (["Jean-Baptiste", "Marie-Claire", "Wisly", "Nadège"], ["Pierre", "Joseph", "Jean-Louis"], ["ht", "fr", "en"], "en"),
    (["Łukasz", "Zofia", "Grzegorz", "Małgorzata"], ["Wiśniewski", "Wójcik", "Kowalczyk"], ["pl", "en"], "en"),
    (["Maria", "Jose", "Ligaya", "Dakila"], ["Santos", "Reyes", "Cruz", "Bautista"], ["tl", "en"], "en"),
    (["Pa", "Tou", "Mai", "Xee"], ["Vang", "Xiong", "Thao", "Lee"], ["hmn", "en"], "en"),
]
# Rough weights for a Bloomington-Normal volunteer list: mostly English and Spanish names.
POOL_WEIGHTS = [34, 30, 4, 4, 2, 2, 3, 1, 3, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1]
BLOOMINGTON_ZIPS = ["61701", "61704", "61705"]
NORMAL_ZIPS = ["61761"]
SIGNUP_SPREAD = (0.3, 1.7)  # relative crowd size of a meeting


def _ascii_handle(text_: str) -> str:
    # "Ramírez" -> "ramirez"; names in other scripts get a neutral handle
    decomposed = unicodedata.normalize("NFKD", text_.lower())
    handle = "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())
    return handle or "volunteer"


def build_people(count: int, rng: random.Random, bodies: list[GoverningBody], now: dt.datetime) -> list[dict]:
    bloomington = next((b for b in bodies if b.schedule_weeks == "2,4"), bodies[0])
    rows = []
    for i in range(count):
        firsts, lasts, languages, packet = rng.choices(NAME_POOLS, POOL_WEIGHTS)[0]
        first, last = rng.choice(firsts), rng.choice(lasts)
        body = rng.choice(bodies + [None])
        has_email = rng.random() < 0.75
        has_phone = rng.random() < 0.6
        rows.append({
            "first_name": first,
            "last_name": last,
            "preferred_name": "",
            "pronouns": "",
            "email": f"{_ascii_handle(first)}.{_ascii_handle(last)}.{i}@example.org" if has_email else None,
            "phone": f"+1309555{100 + i % 100:04d}" if has_phone else "",
            "zip_code": rng.choice(BLOOMINGTON_ZIPS if body is bloomington else NORMAL_ZIPS) if body else "",
            "home_body_id": body.id if body else None,
            "ward": f"Ward {rng.randint(1, 9)}" if body is bloomington else "",
            "languages": list(languages),
            "packet_language": packet,
            "may_email": has_email and rng.random() < 0.8,
            "may_text": has_phone and rng.random() < 0.5,
            "may_name_publicly": rng.random() < 0.3,
            "role": PersonRole.TEAM if rng.random() < 0.01 else PersonRole.VOLUNTEER,
            "notes": "",
            "is_sample": True,
            "created_at": now - dt.timedelta(minutes=count - i),
            "version": 1,
            "updated_at": now,
        })
        row = rows[-1]
        # Core inserts bypass the ORM event that keeps the search column in step.
        row["search_text"] = person_search_text(
            row["first_name"], row["last_name"], row["preferred_name"], row["email"],
            row["phone"], row["zip_code"], row["ward"],
        )
    return rows


def build_meetings(count: int, rng: random.Random, bodies: list[GoverningBody], now: dt.datetime) -> list[dict]:
    """Twice-monthly meetings of each body, mostly in the past, some in the coming year."""
    rows = []
    first = now - dt.timedelta(days=int(count * 7.3 * 0.9))  # about 10% end up in the future
    for i in range(count):
        body = bodies[i % len(bodies)]
        starts_at = (first + dt.timedelta(days=7.3 * i)).replace(hour=0, minute=0, second=0, microsecond=0)
        starts_at += dt.timedelta(hours=23 + (i % len(bodies)))  # 6 or 7 PM in Illinois
        past = starts_at < now
        rows.append({
            "body_id": body.id,
            "starts_at": starts_at,
            "kind": MeetingKind.REGULAR if rng.random() < 0.9 else MeetingKind.SPECIAL,
            "title": "Regular meeting",
            "place": "",
            "address": "",
            "agenda_item": "Public comment" if rng.random() < 0.8 else "Welcoming City ordinance: discussion",
            "ordinance_stage": OrdinanceStage.NONE,
            "status": MeetingStatus.HELD if past else MeetingStatus.SCHEDULED,
            "minutes_per_speaker": None,
            "comment_window_minutes": None,
            "signup_deadline_minutes": None,
            "overflow_policy": None,
            "notes": "",
            "ics_uid": None,
            "version": 1,
            "updated_at": now,
        })
    return rows


def spread(total: int, slots: int, rng: random.Random) -> list[int]:
    """``total`` split over ``slots`` unevenly (some meetings draw a crowd), summing exactly."""
    if slots == 0:
        return []
    weights = [rng.uniform(*SIGNUP_SPREAD) for _ in range(slots)]
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for i in rng.sample(range(slots), total - sum(counts)):
        counts[i] += 1
    return counts


def build_signups(
    target: int, rng: random.Random, meetings: list[tuple[int, dt.datetime]], person_ids: list[int], now: dt.datetime
) -> list[dict]:
    rows = []
    needs = [n.value for n in SpeakerNeed]
    for (meeting_id, starts_at), k in zip(meetings, spread(target, len(meetings), rng), strict=True):
        past = starts_at < now
        for position, person_id in enumerate(rng.sample(person_ids, k), start=1):
            if past:
                status = SignupStatus.SPOKE if rng.random() < 0.8 else SignupStatus.NO_SHOW
            else:
                status = rng.choice([SignupStatus.INVITED, SignupStatus.CONFIRMED, SignupStatus.WAITLISTED])
            rows.append({
                "meeting_id": meeting_id,
                "person_id": person_id,
                "position": position,
                "status": status,
                "minutes": None,
                "angle": "",
                "needs": [rng.choice(needs)] if rng.random() < 0.1 else [],
                "notes": "",
                "created_at": min(starts_at, now) - dt.timedelta(days=3),
                "version": 1,
                "updated_at": now,
            })
    return rows


def build(out: Path, people: int, meetings: int, signups: int, seed: int) -> dict[str, float]:
    timings: dict[str, float] = {}
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)

    t = time.perf_counter()
    db = open_campaign(out)
    with db.session() as session:
        load_demo(session)
    timings["create, starter content and demo"] = time.perf_counter() - t

    try:
        with db.engine.begin() as conn:
            bodies = list(conn.execute(select(GoverningBody.__table__)).all())
            body_objs = [GoverningBody(id=b.id, name=b.name, schedule_weeks=b.schedule_weeks) for b in bodies]
            existing_people = conn.scalar(select(func.count()).select_from(Person.__table__))
            existing_meetings = conn.scalar(select(func.count()).select_from(Meeting.__table__))
            existing_signups = conn.scalar(select(func.count()).select_from(Signup.__table__))

            t = time.perf_counter()
            rows = build_people(max(0, people - existing_people), rng, body_objs, now)
            timings["generate people rows"] = time.perf_counter() - t
            t = time.perf_counter()
            conn.execute(insert(Person.__table__), rows)
            timings["insert people"] = time.perf_counter() - t

            t = time.perf_counter()
            conn.execute(insert(Meeting.__table__), build_meetings(max(0, meetings - existing_meetings), rng, body_objs, now))
            timings["insert meetings"] = time.perf_counter() - t

            t = time.perf_counter()
            taken = {tuple(r) for r in conn.execute(select(Signup.meeting_id, Signup.person_id))}
            bare_meetings = [
                (m.id, m.starts_at)
                for m in conn.execute(select(Meeting.id, Meeting.starts_at).where(Meeting.id.not_in(
                    select(Signup.meeting_id).distinct()
                )))
            ]
            person_ids = list(conn.scalars(select(Person.id).where(Person.is_sample.is_(True))))
            signup_rows = build_signups(max(0, signups - existing_signups), rng, bare_meetings, person_ids, now)
            signup_rows = [r for r in signup_rows if (r["meeting_id"], r["person_id"]) not in taken]
            conn.execute(insert(Signup.__table__), signup_rows)
            timings["insert sign-ups"] = time.perf_counter() - t

            t = time.perf_counter()
            point_ids = list(conn.scalars(select(TalkingPoint.id).where(TalkingPoint.active.is_(True))))
            new_signups = conn.execute(
                select(Signup.id, Signup.status).where(Signup.id.not_in(select(SignupPoint.signup_id).distinct()))
            ).all()
            links = []
            for signup_id, status in new_signups:
                if status in ACTIVE_SIGNUP_STATUSES or rng.random() < 0.5:
                    for position, point_id in enumerate(rng.sample(point_ids, rng.randint(1, 2)), start=1):
                        links.append({"signup_id": signup_id, "point_id": point_id, "position": position})
            if links:
                conn.execute(insert(SignupPoint.__table__), links)
            timings["assign talking points"] = time.perf_counter() - t

        t = time.perf_counter()
        # Outside SQLAlchemy's transaction: a checkpoint inside one cannot empty the WAL.
        raw = db.engine.raw_connection()
        try:
            raw.execute("ANALYZE")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        timings["analyze and checkpoint"] = time.perf_counter() - t

        with db.session() as session:
            counts = {
                "people": session.scalar(select(func.count()).select_from(Person)),
                "meetings": session.scalar(select(func.count()).select_from(Meeting)),
                "sign-ups": session.scalar(select(func.count()).select_from(Signup)),
                "assigned points": session.scalar(select(func.count()).select_from(SignupPoint)),
            }
        for name, value in counts.items():
            timings[f"rows: {name}"] = value
    finally:
        db.dispose()
    return timings


def ensure_large_db(path: Path) -> Path:
    """``path`` resolved, built first (with the defaults) when it does not exist yet."""
    path = path.resolve()
    if not path.exists():
        print(f"{path} is missing; building it first.")
        main(["--out", str(path)])
        print()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"the database file (default {DEFAULT_OUT})")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=2_000)
    parser.add_argument("--signups", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    args = parser.parse_args(argv)

    out = args.out.resolve()
    if out.exists():
        if not args.force:
            print(f"{out} exists; pass --force to replace it.", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)

    started = time.perf_counter()
    figures = build(out, args.people, args.meetings, args.signups, args.seed)
    total = time.perf_counter() - started

    width = max(len(k) for k in figures)
    print(f"Built {out} ({out.stat().st_size / 1e6:.1f} MB)")
    for name, value in figures.items():
        shown = f"{value:,}" if name.startswith("rows:") else f"{value:6.2f} s"
        print(f"  {name:<{width}}  {shown}")
    print(f"  {'total':<{width}}  {total:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
