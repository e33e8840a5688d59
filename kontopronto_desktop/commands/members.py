"""members add|list|show|edit|delete, products add|list|edit|delete."""

from __future__ import annotations

import argparse
from typing import Any

from ..cli import add_store_argument, open_from_args, print_json
from ..core import members, products
from ..core.errors import UserError
from ..core.money import format_kr, format_plain, parse_amount
from .members_import import add_import_parser

_MEMBER_OPTIONS = {
    "number": "customer_number", "name": "name", "kind": "kind", "orgnr": "orgnr", "street": "street",
    "postcode": "postcode", "city": "city", "country": "country", "phone": "phone", "email": "email",
    "payment_method": "payment_method", "efaktura_ref": "efaktura_reference",
    "active_from": "active_from", "ended_on": "ended_on", "notes": "notes",
}


def _member_fields(parser: argparse.ArgumentParser, name_required: bool) -> None:
    parser.add_argument("--number", help="kundenummer (tildeles automatisk om det utelates)")
    parser.add_argument("--name", required=name_required)
    parser.add_argument("--kind", choices=["person", "organisation"])
    for opt in ("orgnr", "street", "postcode", "city", "country", "phone", "email", "notes"):
        parser.add_argument(f"--{opt}")
    parser.add_argument("--payment-method", dest="payment_method",
                        choices=["giro", "avtalegiro", "efaktura", "ehf"])
    parser.add_argument("--efaktura-ref", dest="efaktura_ref")
    parser.add_argument("--active-from", dest="active_from", help="YYYY-MM-DD")
    parser.add_argument("--ended-on", dest="ended_on", help="YYYY-MM-DD (tom verdi fjerner sluttdato)")
    parser.add_argument("--product", action="append", default=None, metavar="KODE[:ANTALL[:PRIS]]",
                        help="standardprodukt; kan gjentas (erstatter medlemmets produkter)")
    g = parser.add_argument_group("betaler og samtykke")
    g.add_argument("--payer-member", dest="payer_member",
                   help="kundenummer til medlemmet som betaler (f.eks. en foresatt); tom verdi fjerner")
    for opt in ("payer-name", "payer-street", "payer-postcode", "payer-city", "payer-email"):
        g.add_argument(f"--{opt}", dest=opt.replace("-", "_"), help="egen betalingskontakt (ikke medlem)")
    g.add_argument("--payer-efaktura-ref", dest="payer_efaktura_reference")
    g.add_argument("--family-cap", dest="family_cap", help="høyst dette beløpet per periode på familiens faktura")
    g.add_argument("--birth-date", dest="birth_date", help="fødselsdato YYYY-MM-DD")
    g.add_argument("--guardian-consent-by", dest="guardian_consent_by", help="foresatt som samtykket (navn)")
    g.add_argument("--guardian-consent-on", dest="guardian_consent_on", help="samtykkedato YYYY-MM-DD")


def _values(args: argparse.Namespace) -> dict[str, Any]:
    values = {field: getattr(args, opt) for opt, field in _MEMBER_OPTIONS.items()
              if getattr(args, opt, None) is not None}
    values.update({k: getattr(args, k) for k in members.PAYER_INPUT if getattr(args, k, None) is not None})
    return values


def _parse_products(specs: list[str]) -> list[tuple[str, int, int | None]]:
    items = []
    for spec in specs:
        parts = spec.split(":")
        try:
            qty = int(parts[1]) if len(parts) > 1 and parts[1] else 1
        except ValueError:
            raise UserError(f"Ugyldig antall i «{spec}».") from None
        price = parse_amount(parts[2], "pris") if len(parts) > 2 and parts[2] else None
        items.append((parts[0], qty, price))
    return items


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("members", help="medlemsregisteret")
    msub = p.add_subparsers(dest="action", required=True)

    c = msub.add_parser("add", help="nytt medlem")
    add_store_argument(c)
    _member_fields(c, name_required=True)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_member_add)

    c = msub.add_parser("list", help="list medlemmer")
    add_store_argument(c)
    c.add_argument("--search", default="")
    c.add_argument("--sort", default="customer_number", choices=sorted(members.SORTABLE))
    c.add_argument("--limit", type=int)
    c.add_argument("--active-only", action="store_true")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_member_list)

    c = msub.add_parser("show", help="vis ett medlem")
    add_store_argument(c)
    c.add_argument("number", type=int)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_member_show)

    c = msub.add_parser("edit", help="endre et medlem")
    add_store_argument(c)
    c.add_argument("current_number", type=int, metavar="NUMBER")
    _member_fields(c, name_required=False)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_member_edit)

    c = msub.add_parser("delete", help="slett et medlem")
    add_store_argument(c)
    c.add_argument("number", type=int)
    c.set_defaults(func=cmd_member_delete)

    add_import_parser(msub)

    p = sub.add_parser("products", help="standardprodukter")
    psub = p.add_subparsers(dest="action", required=True)
    c = psub.add_parser("add")
    add_store_argument(c)
    c.add_argument("--code", required=True)
    c.add_argument("--name", required=True)
    c.add_argument("--price", required=True, help="kroner, f.eks. 450 eller 450,50")
    c.add_argument("--vat", default="exempt", help="25, 15, 12, 0 eller exempt")
    c.add_argument("--period", default="yearly", choices=["one_off", "monthly", "quarterly", "yearly"])
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_product_add)
    c = psub.add_parser("list")
    add_store_argument(c)
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_product_list)
    c = psub.add_parser("edit")
    add_store_argument(c)
    c.add_argument("code")
    c.add_argument("--new-code")
    c.add_argument("--name")
    c.add_argument("--price")
    c.add_argument("--vat")
    c.add_argument("--period", choices=["one_off", "monthly", "quarterly", "yearly"])
    c.add_argument("--active", choices=["ja", "nei"])
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_product_edit)
    c = psub.add_parser("delete")
    add_store_argument(c)
    c.add_argument("code")
    c.set_defaults(func=cmd_product_delete)


def _print_member(view: members.MemberView, as_json: bool) -> None:
    if as_json:
        print_json(view.to_json())
        return
    data = view.to_json()
    products_list = data.pop("products")
    for key, value in data.items():
        print(f"{key:<20} {'' if value is None else value}")
    for p in products_list:
        print(f"{'produkt':<20} {p['code']} x{p['quantity']} à {p['price']}")


def cmd_member_add(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = members.create_member(session, _values(args))
        if args.product:
            view = members.set_member_products(session, view.customer_number, _parse_products(args.product))
    if args.json:
        print_json(view.to_json())
    else:
        print(f"Medlem {view.customer_number} {view.name} er lagt til.")
    _warn_notes(args)
    return 0


def _warn_notes(args: argparse.Namespace) -> None:
    """Special-category words in --notes: a warning on stderr (GDPR art. 9), the change stands."""
    import sys

    from ..core.privacy.special_categories import warning

    text = warning(getattr(args, "notes", None) or "")
    if text:
        print(f"kontopronto: advarsel: {text}", file=sys.stderr)


def cmd_member_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        rows = members.search_members(session, args.search, sort=args.sort, limit=args.limit,
                                      include_ended=not args.active_only)
        if args.json:
            full = [members.get_member(session, r.customer_number).to_json() for r in rows] if len(rows) <= 5000 \
                else [r.to_json() for r in rows]
    if args.json:
        print_json(full)
    else:
        for r in rows:
            print(f"{r.customer_number:>8}  {r.name:<32} {r.postcode:<5} {r.city:<20} {r.email}")
        print(f"{len(rows)} medlemmer")
    return 0


def cmd_member_show(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = members.get_member(session, args.number)
    _print_member(view, args.json)
    return 0


def cmd_member_edit(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = members.update_member(session, args.current_number, _values(args))
        if args.product is not None:
            view = members.set_member_products(session, view.customer_number, _parse_products(args.product))
    if args.json:
        print_json(view.to_json())
    else:
        print(f"Medlem {view.customer_number} er oppdatert.")
    _warn_notes(args)
    return 0


def cmd_member_delete(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        members.delete_member(session, args.number)
    print(f"Medlem {args.number} er slettet.")
    return 0


def cmd_product_add(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        view = products.create_product(session, {"code": args.code, "name": args.name, "price": args.price,
                                                  "vat_rate": args.vat, "period": args.period})
    if args.json:
        print_json(view.to_json())
    else:
        print(f"Produkt {view.code} er lagt til ({format_kr(view.price_ore)}).")
    return 0


def cmd_product_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        rows = products.list_products(session)
    if args.json:
        print_json([p.to_json() for p in rows])
    else:
        for p in rows:
            print(f"{p.code:<12} {p.name:<30} {format_plain(p.price_ore):>10} mva {p.vat_rate:<7} {p.period}")
    return 0


def cmd_product_edit(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {k: v for k, v in {"code": args.new_code, "name": args.name, "price": args.price,
                                                "vat_rate": args.vat, "period": args.period}.items()
                              if v is not None}
    if args.active is not None:
        values["active"] = args.active == "ja"
    with open_from_args(args) as store, store.session() as session:
        view = products.update_product(session, args.code, values)
    if args.json:
        print_json(view.to_json())
    else:
        print(f"Produkt {view.code} er oppdatert.")
    return 0


def cmd_product_delete(args: argparse.Namespace) -> int:
    with open_from_args(args) as store, store.session() as session:
        products.delete_product(session, args.code)
    print(f"Produkt {args.code.upper()} er slettet.")
    return 0
