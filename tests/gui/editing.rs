//! Editing you can trust: typed text is never lost, keys act where the user is, the timeline stays visible, one undo step per gesture.
