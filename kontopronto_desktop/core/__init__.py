"""The domain. Nothing below this package may import Qt."""
