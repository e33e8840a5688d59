"""The Qt layer. It never changes state itself: it runs core operations and shows results."""
