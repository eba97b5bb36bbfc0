//! Undo/redo history of applied edits, and whether the project differs from its saved state.
//!
//! Consecutive edits of one gesture (a colour drag reports a change every frame) merge into one step
//! when they carry the same [`MergeKey`] and the gesture is still open; the history keeps at most
//! [`MAX_STEPS`] steps, so a long session cannot grow without bound.

use std::collections::VecDeque;

use super::{Edit, EditError, Project};

/// The most undo steps kept; older ones are forgotten.
pub const MAX_STEPS: usize = 100;

/// Says which edits belong to one gesture: the same kind of change to the same thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MergeKey {
    /// The kind of change ("change event colour").
    pub kind: &'static str,
    /// What it changes (an event or lane id).
    pub id: u64,
}

/// One step of history: the edit that reverses it, and the state it leads back to.
#[derive(Clone, Debug)]
struct Step {
    edit: Edit,
    label: &'static str,
    state_id: u64,
    /// Set while later edits of the same gesture may still merge into this step.
    merge: Option<MergeKey>,
}

/// Undo and redo stacks of inverse edits. Each state of the project gets an id, so "unsaved"
/// is simply "the current state id differs from the saved one", across undo and redo.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    state_id: u64,
    next_state_id: u64,
    saved_state_id: Option<u64>,
}

impl History {
    /// A history whose current state is the saved one (a freshly opened file).
    pub fn saved() -> Self {
        Self {
            saved_state_id: Some(0),
            ..Self::default()
        }
    }

    /// Applies `edit` to `project` as one undo step, named by the edit.
    ///
    /// # Errors
    /// The edit's [`EditError`]; nothing changes then.
    pub fn apply(&mut self, project: &mut Project, edit: Edit) -> Result<(), EditError> {
        let label = edit.label();
        self.apply_step(project, edit, label, None)
    }

    /// Applies `edit` to `project` as an undo step named `label` ("move event"). With a `merge`
    /// key equal to the last step's, while that step's gesture is open (see [`History::seal`]) and
    /// the project was not saved since, the edit joins that step: one undo reverts both.
    ///
    /// # Errors
    /// The edit's [`EditError`]; nothing changes then.
    pub fn apply_step(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: &'static str,
        merge: Option<MergeKey>,
    ) -> Result<(), EditError> {
        let inverse = project.apply(edit)?;
        let joins = merge.is_some()
            && self.redo.is_empty()
            && self.saved_state_id != Some(self.state_id)
            && self.undo.back().is_some_and(|top| top.merge == merge);
        if !joins {
            self.undo.push_back(Step {
                edit: inverse,
                label,
                state_id: self.state_id,
                merge,
            });
            if self.undo.len() > MAX_STEPS {
                self.undo.pop_front();
            }
        }
        self.redo.clear();
        self.next_state_id += 1;
        self.state_id = self.next_state_id;
        Ok(())
    }

    /// Ends the open gesture: the next edit is a step of its own, whatever its merge key.
    pub fn seal(&mut self) {
        if let Some(top) = self.undo.back_mut() {
            top.merge = None;
        }
    }

    /// How many steps Undo can take.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Undoes the last step; `false` when there is nothing to undo.
    ///
    /// # Errors
    /// When the inverse edit no longer fits the project (the history was fed edits from elsewhere).
    pub fn undo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(step) = self.undo.pop_back() else {
            return Ok(false);
        };
        match Self::reverse(step, &mut self.state_id, project) {
            Ok(step) => {
                self.redo.push(step);
                Ok(true)
            }
            Err((step, err)) => {
                self.undo.push_back(step);
                Err(err)
            }
        }
    }

    /// Redoes the last undone step; `false` when there is nothing to redo.
    ///
    /// # Errors
    /// When the edit no longer fits the project (the history was fed edits from elsewhere).
    pub fn redo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(false);
        };
        match Self::reverse(step, &mut self.state_id, project) {
            Ok(step) => {
                self.undo.push_back(step);
                Ok(true)
            }
            Err((step, err)) => {
                self.redo.push(step);
                Err(err)
            }
        }
    }

    /// Applies a step's edit; returns the step that reverses it, or the step back with the error.
    fn reverse(
        step: Step,
        state_id: &mut u64,
        project: &mut Project,
    ) -> Result<Step, (Step, EditError)> {
        match project.apply(step.edit.clone()) {
            Ok(inverse) => {
                let back = Step {
                    edit: inverse,
                    label: step.label,
                    state_id: *state_id,
                    merge: None,
                };
                *state_id = step.state_id;
                Ok(back)
            }
            Err(err) => Err((step, err)),
        }
    }

    /// Label of the step Undo would revert.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.back().map(|s| s.label)
    }

    /// Label of the step Redo would reapply.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|s| s.label)
    }

    /// Identifies the current state of the project: it changes with every edit, undo and redo, and
    /// comes back when undo returns to an earlier state.
    pub fn state_id(&self) -> u64 {
        self.state_id
    }

    /// Records that the current state was just saved.
    pub fn mark_saved(&mut self) {
        self.mark_saved_as(self.state_id);
    }

    /// Records that state `state_id` was saved (a background save of a snapshot that finished while
    /// the user went on editing: the project is then unsaved again).
    pub fn mark_saved_as(&mut self, state_id: u64) {
        self.saved_state_id = Some(state_id);
        if state_id == self.state_id {
            self.seal();
        }
    }

    /// Whether the project differs from the last saved (or opened) state.
    pub fn is_dirty(&self) -> bool {
        self.saved_state_id != Some(self.state_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dirty_follows_undo_and_redo_back_to_the_saved_state() {
        let mut project = Project::default();
        let mut history = History::saved();
        assert!(!history.is_dirty());
        history
            .apply(&mut project, Edit::SetTitle("A".into()))
            .unwrap();
        assert!(history.is_dirty());
        history.mark_saved();
        history
            .apply(&mut project, Edit::SetTitle("B".into()))
            .unwrap();
        assert!(history.is_dirty());
        assert!(history.undo(&mut project).unwrap());
        assert_eq!(project.title, "A");
        assert!(!history.is_dirty());
        assert!(history.undo(&mut project).unwrap());
        assert!(history.is_dirty());
        assert!(!history.undo(&mut project).unwrap());
        assert!(history.redo(&mut project).unwrap());
        assert!(!history.is_dirty());
        assert!(history.redo(&mut project).unwrap());
        assert_eq!(project.title, "B");
        assert!(!history.redo(&mut project).unwrap());
        assert_eq!(history.undo_label(), Some("rename timeline"));
    }

    fn lane_colour(project: &Project, rgb: [u8; 3]) -> Edit {
        Edit::UpdateLane(crate::model::Lane {
            color: crate::model::Rgb(rgb),
            ..project.lanes[0].clone()
        })
    }

    #[test]
    fn one_gesture_is_one_step_until_sealed() {
        let mut project = Project::default();
        let original = project.lanes[0].color;
        let mut history = History::saved();
        let key = Some(MergeKey {
            kind: "change lane colour",
            id: 1,
        });
        for shade in 0..30 {
            let edit = lane_colour(&project, [shade, 0, 0]);
            history
                .apply_step(&mut project, edit, "change lane colour", key)
                .unwrap();
        }
        assert_eq!(history.undo_len(), 1);
        history.seal();
        let edit = lane_colour(&project, [9, 9, 9]);
        history
            .apply_step(&mut project, edit, "change lane colour", key)
            .unwrap();
        assert_eq!(history.undo_len(), 2);
        assert_eq!(history.undo_label(), Some("change lane colour"));
        history.undo(&mut project).unwrap();
        assert_eq!(project.lanes[0].color.0, [29, 0, 0]);
        history.undo(&mut project).unwrap();
        assert_eq!(project.lanes[0].color, original);
        assert!(!history.is_dirty());
    }

    #[test]
    fn the_history_is_capped() {
        let mut project = Project::default();
        let mut history = History::saved();
        for n in 0..(MAX_STEPS + 50) {
            history
                .apply(&mut project, Edit::SetTitle(format!("T{n}")))
                .unwrap();
        }
        assert_eq!(history.undo_len(), MAX_STEPS);
        while history.undo(&mut project).unwrap() {}
        assert_eq!(project.title, "T49");
        assert!(history.is_dirty());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut project = Project::default();
        let mut history = History::default();
        history
            .apply(&mut project, Edit::SetTitle("A".into()))
            .unwrap();
        history.undo(&mut project).unwrap();
        history
            .apply(&mut project, Edit::SetTitle("C".into()))
            .unwrap();
        assert!(!history.redo(&mut project).unwrap());
        assert_eq!(project.title, "C");
    }
}
