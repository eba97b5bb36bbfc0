//! Keys before clicks. egui takes the keyboard from a text field as soon as a pointer button is
//! pressed elsewhere, *before* the field reads that frame's keys: a letter typed just before a
//! click that lands in the same frame (a busy machine, a fast typist, `xdotool`) would be lost.
//! So when a frame's input types something and then presses a pointer button, the press and what
//! follows it wait for the next frame: the field gets its keys first, then the click happens.

/// Input events held back for the next frame.
#[derive(Default)]
pub struct InputOrder {
    held: Vec<egui::Event>,
}

impl InputOrder {
    /// Arranges a frame's `events`: those held from the last frame first; then, if the events type
    /// (text, a key, a paste) and later press a pointer button, the press and everything after it
    /// are held for the next frame. Returns whether events are held (ask for another frame).
    pub fn arrange(&mut self, events: &mut Vec<egui::Event>) -> bool {
        let mut all = std::mem::take(&mut self.held);
        all.append(events);
        let split = all.iter().position(types).and_then(|typed| {
            all.iter()
                .skip(typed)
                .position(presses)
                .map(|press| typed + press)
        });
        if let Some(at) = split {
            self.held = all.split_off(at);
        }
        *events = all;
        !self.held.is_empty()
    }
}

fn types(event: &egui::Event) -> bool {
    matches!(
        event,
        egui::Event::Text(_) | egui::Event::Paste(_) | egui::Event::Key { pressed: true, .. }
    )
}

fn presses(event: &egui::Event) -> bool {
    matches!(event, egui::Event::PointerButton { pressed: true, .. })
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Event, Modifiers, PointerButton, Pos2};

    fn press(pressed: bool) -> Event {
        Event::PointerButton {
            pos: Pos2::new(1.0, 2.0),
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        }
    }

    #[test]
    fn a_click_after_typing_waits_for_the_next_frame() {
        let mut order = InputOrder::default();
        let mut frame = vec![
            Event::PointerMoved(Pos2::ZERO),
            Event::Text("y".into()),
            press(true),
            press(false),
        ];
        assert!(order.arrange(&mut frame));
        assert_eq!(
            frame,
            vec![Event::PointerMoved(Pos2::ZERO), Event::Text("y".into())]
        );
        let mut next = vec![Event::Text("z".into())];
        assert!(!order.arrange(&mut next));
        assert_eq!(
            next,
            vec![press(true), press(false), Event::Text("z".into())]
        );
    }

    #[test]
    fn clicks_before_typing_and_plain_frames_are_left_alone() {
        let mut order = InputOrder::default();
        let mut frame = vec![press(true), press(false), Event::Text("a".into())];
        let before = frame.clone();
        assert!(!order.arrange(&mut frame));
        assert_eq!(frame, before);
        let mut empty = Vec::new();
        assert!(!order.arrange(&mut empty));
        assert!(empty.is_empty());
    }
}
