"""Typed ORM classes, one module per concept.

Every module in this package is imported here so that ``Base.metadata`` knows all tables
(feature modules just add a file).
"""

from __future__ import annotations

import importlib
import pkgutil

from .audit import AuditEntry
from .base import Base
from .member import Member, MemberKind, MemberProduct, PaymentMethod
from .organisation import Organisation
from .product import Period, Product, VatRate
from .setting import Setting

for _info in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_info.name}")

__all__ = [
    "AuditEntry",
    "Base",
    "Member",
    "MemberKind",
    "MemberProduct",
    "Organisation",
    "PaymentMethod",
    "Period",
    "Product",
    "Setting",
    "VatRate",
]
