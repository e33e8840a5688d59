"""Member (medlem/kunde) and the products each member is invoiced for."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class MemberKind(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class PaymentMethod(enum.StrEnum):
    GIRO = "giro"
    AVTALEGIRO = "avtalegiro"
    EFAKTURA = "efaktura"
    EHF = "ehf"


PAYMENT_METHOD_LABELS = {
    PaymentMethod.GIRO: "Giro",
    PaymentMethod.AVTALEGIRO: "AvtaleGiro",
    PaymentMethod.EFAKTURA: "eFaktura",
    PaymentMethod.EHF: "EHF",
}


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_name", "name"),
        Index("ix_member_city", "city"),
        # migration 0021_member_restricted: the list's count without a search term reads this index only
        Index("ix_member_restricted_ended", "restricted_until", "ended_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default=MemberKind.PERSON.value)
    orgnr: Mapped[str] = mapped_column(String(9), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NO")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    payment_method: Mapped[str] = mapped_column(String(20), default=PaymentMethod.GIRO.value)
    efaktura_reference: Mapped[str] = mapped_column(String(100), default="")
    active_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    #: GDPR art. 17 within bokføringsloven § 13: a member whose personal data must be kept for the
    #: accounting records is restricted ("sperret") until this date, then pseudonymised.
    restricted_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    pseudonymised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # --- who pays (betalingskontakt), migration 0010_payers_writeoff ---------------------------------
    #: another member who gets this member's invoices (a guardian, a parent paying for the family)
    payer_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), nullable=True, index=True)
    #: or a separate contact who is not a member (name empty = no separate payer)
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    payer_street: Mapped[str] = mapped_column(String(200), default="")
    payer_postcode: Mapped[str] = mapped_column(String(10), default="")
    payer_city: Mapped[str] = mapped_column(String(100), default="")
    payer_email: Mapped[str] = mapped_column(String(200), default="")
    payer_efaktura_reference: Mapped[str] = mapped_column(String(100), default="")
    #: on a payer: at most this much per billing period for the family's invoice (None = no cap)
    family_cap_ore: Mapped[int | None] = mapped_column(Integer, nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: for a minor: which guardian consented to the registration, and when
    guardian_consent_by: Mapped[str] = mapped_column(String(200), default="")
    guardian_consent_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    products: Mapped[list[MemberProduct]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="MemberProduct.id"
    )
    #: the member who pays this member's invoices (see core/invoicing/payers.py)
    payer: Mapped[Member | None] = relationship(remote_side="Member.id", foreign_keys="Member.payer_member_id")


class MemberProduct(Base):
    """A standard product on a member: invoiced each period with quantity and optional price."""

    __tablename__ = "member_product"
    __table_args__ = (UniqueConstraint("member_id", "product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    price_override_ore: Mapped[int | None] = mapped_column(Integer, nullable=True)

    member: Mapped[Member] = relationship(back_populates="products")
    product: Mapped[Product] = relationship()


from .product import Product  # noqa: E402  (resolve the forward reference)
