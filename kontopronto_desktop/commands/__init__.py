"""CLI subcommands, one module per capability; each defines ``register(subparsers)``."""
