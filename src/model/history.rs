//! Undo/redo history of applied edits, and whether the project differs from its saved state.

use super::{Edit, EditError, Project};

/// One step of history: the edit that reverses it, and the state it leads back to.
#[derive(Clone, Debug)]
struct Step {
    edit: Edit,
    label: &'static str,
    state_id: u64,
}

/// Undo and redo stacks of inverse edits. Each state of the project gets an id, so "unsaved"
/// is simply "the current state id differs from the saved one", across undo and redo.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
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

    /// Applies `edit` to `project` as one undo step.
    ///
    /// # Errors
    /// The edit's [`EditError`]; nothing changes then.
    pub fn apply(&mut self, project: &mut Project, edit: Edit) -> Result<(), EditError> {
        let label = edit.label();
        let inverse = project.apply(edit)?;
        self.undo.push(Step {
            edit: inverse,
            label,
            state_id: self.state_id,
        });
        self.redo.clear();
        self.next_state_id += 1;
        self.state_id = self.next_state_id;
        Ok(())
    }

    /// Undoes the last step; `false` when there is nothing to undo.
    ///
    /// # Errors
    /// When the inverse edit no longer fits the project (the history was fed edits from elsewhere).
    pub fn undo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        Self::step(&mut self.undo, &mut self.redo, &mut self.state_id, project)
    }

    /// Redoes the last undone step; `false` when there is nothing to redo.
    ///
    /// # Errors
    /// When the edit no longer fits the project (the history was fed edits from elsewhere).
    pub fn redo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        Self::step(&mut self.redo, &mut self.undo, &mut self.state_id, project)
    }

    fn step(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        state_id: &mut u64,
        project: &mut Project,
    ) -> Result<bool, EditError> {
        let Some(step) = from.pop() else {
            return Ok(false);
        };
        match project.apply(step.edit.clone()) {
            Ok(inverse) => {
                to.push(Step {
                    edit: inverse,
                    label: step.label,
                    state_id: *state_id,
                });
                *state_id = step.state_id;
                Ok(true)
            }
            Err(err) => {
                from.push(step);
                Err(err)
            }
        }
    }

    /// Label of the step Undo would revert.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.label)
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
        self.saved_state_id = Some(self.state_id);
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
