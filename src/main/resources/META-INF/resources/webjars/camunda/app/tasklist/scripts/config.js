// Alur's Tasklist configuration: replaces the one in Camunda's webjar (this file comes first on the class path).
// Tasklist speaks Bahasa Indonesia (locales/id.json, Alur's translation) or English, picked from the browser's
// languages; a browser asking for neither gets Indonesian, the city's working language.
export default {
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
