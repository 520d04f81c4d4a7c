/* The quiz's DOM is built with createElement(NS) and textContent only: bank text never goes through
 * innerHTML. */
import { bankLang, translate } from './page.js';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * element(tag, attributes | 'class', children[] | 'text'): null or false attributes and null
 * children are skipped; an attribute set to true is present and empty.
 */
export function element(tag, attributes, children, namespace) {
  const node = namespace ? document.createElementNS(namespace, tag) : document.createElement(tag);
  if (typeof attributes === 'string') attributes = { class: attributes };
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value != null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  if (typeof children === 'string') {
    node.textContent = children;
  } else {
    for (const child of children || []) {
      if (child != null) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  }
  return node;
}

export function svgElement(tag, attributes, children) {
  return element(tag, attributes, children, SVG_NAMESPACE);
}

/** Bank text in the bank's language: `code` spans become <code>, the rest text nodes. */
export function bankText(tag, className, text) {
  const node = element(tag, { class: className, lang: bankLang });
  const source = text == null ? '' : String(text), codeSpan = /`([^`]+)`/g;
  let copied = 0, match;
  while ((match = codeSpan.exec(source))) {
    if (match.index > copied) node.appendChild(document.createTextNode(source.slice(copied, match.index)));
    node.appendChild(element('code', null, match[1]));
    copied = codeSpan.lastIndex;
  }
  if (copied < source.length) node.appendChild(document.createTextNode(source.slice(copied)));
  return node;
}

export function actionButton(key, testid, primary, onClick, params) {
  const button = element('button', {
    type: 'button', class: 'quiz-btn' + (primary ? ' quiz-btn-primary' : ''), 'data-testid': testid
  }, translate(key, params));
  button.addEventListener('click', onClick);
  return button;
}
