import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'ee56e6f8d44ce149df15dcd781a3ec0ce1f0057291a5c214435f461824c17b9a') {
    pending.push(import('./chunks/chunk-2fc23ef89133b6125af935c5d5a6395557a9c6652841cbcb5246d70a61b4a775.js'));
  }
  if (key === '2a0d148b92ef21460d1ba78fece70fe83c3bcd33669745bcc6065bb1e69e36a3') {
    pending.push(import('./chunks/chunk-52accf672413b176e16b1f7b392f040169ceb537093fde51df4dcadb46d9a97a.js'));
  }
  if (key === 'ff36571f6bab4866614033184bd92dcde8b8cd5b078a3507f650664fac6bba97') {
    pending.push(import('./chunks/chunk-dda0e068cd8e9ebe6d6fd155b39243a0c952abe23c39ae1d282224ff6f9d9bf4.js'));
  }
  if (key === '305cce01f6e167730acefb9cdc9db81d9d471ce6ae733b865634ac423341a457') {
    pending.push(import('./chunks/chunk-d398245810f3fea91103902ff779a9ea4d59297f20be9781028f1bd28bd0383d.js'));
  }
  if (key === 'd912d9c1a5e1a0fdeebda363632167150ec25f5327cdbdc2fff33a2adc0e1ec5') {
    pending.push(import('./chunks/chunk-a42861942b1b54e6619b5c0a9c320c82e1e9199e5761c27e45c4bfc1806e3013.js'));
  }
  if (key === 'df7fbb5fdf100cd4293764e71459b4d9bb6420c7fad635c2727220660b2dcddc') {
    pending.push(import('./chunks/chunk-d398245810f3fea91103902ff779a9ea4d59297f20be9781028f1bd28bd0383d.js'));
  }
  if (key === '667fd5cc21a3468d8e3d67bef0d615e5dfac386d4bdb89c60b44b1ca22f137e4') {
    pending.push(import('./chunks/chunk-0168c54905df3a9b8a69203973eeed390089bd5b73047393c3aaad7405f60b70.js'));
  }
  if (key === '3eb4cf10760bc5a259c42806fc0bdb2c74da94f68e597483363c0d2113dc6757') {
    pending.push(import('./chunks/chunk-c71c34b0b9350d70582c83e94030b29296f3ea7681ef713e0d35f65e6a8d34d7.js'));
  }
  if (key === '0d1f2c26c42d72253afd65109ba2c52d8bf862f223de00372bd8900e717de3e3') {
    pending.push(import('./chunks/chunk-02f8ef45de1c6da18c54581081beaafb61a2eff7b82e3f157440232d2aafecc5.js'));
  }
  if (key === '6cbc5e6bb6a127e104b34a94a11838765a3b702f91106281e964ac75f2a394fc') {
    pending.push(import('./chunks/chunk-c4c5ef2ff651d313e21bfaa9db807f1b4b3573d785bdfad3747326b27ad85f53.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}