// The two Bootstrap plugins the app's pages use: the menu's collapse (narrow screens) and its dropdowns (Popper comes
// with the dropdown). Each registers its data-bs-* handlers on import. Built by scripts/build-js.sh.
import Collapse from 'bootstrap/js/src/collapse.js'
import Dropdown from 'bootstrap/js/src/dropdown.js'

window.bootstrap = { Collapse, Dropdown }
