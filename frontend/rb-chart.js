/*
 * <rb-chart>: one Apache ECharts chart, configured by the server.
 *
 * The server sets the `option` property to a JSON string holding a complete ECharts option whose texts are already
 * in the reader's language (see com.researchbridge.monitoring.ui.EChart). This element adds only what belongs to the
 * site rather than to one chart: the colours of the site (read from its CSS custom properties), its font, ECharts'
 * aria description (a generated sentence a screen reader reads out; the data table under each chart says the rest),
 * and resizing with the page. Only the modules the dashboards use are bundled.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, SankeyChart, FunnelChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, SankeyChart, FunnelChart, AriaComponent, GridComponent, LegendComponent,
  TitleComponent, TooltipComponent, SVGRenderer]);

const FALLBACK_PALETTE = ['#00a3dd', '#de2910', '#f5c400', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#8d6e63'];

class RbChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    this._resize = null;
  }

  set option(json) {
    this._option = typeof json === 'string' ? JSON.parse(json) : json;
    this._render();
  }

  get option() {
    return this._option;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!this.style.height) {
      this.style.height = '360px';
    }
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _palette() {
    const style = getComputedStyle(this);
    const colour = (name, fallback) => (style.getPropertyValue(name) || '').trim() || fallback;
    const palette = [...FALLBACK_PALETTE];
    palette[0] = colour('--rb-accent', palette[0]);
    palette[1] = colour('--rb-accent-2', palette[1]);
    return palette;
  }

  _render() {
    if (!this.isConnected || !this._option) {
      return;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg', locale: this.getAttribute('lang') === 'zh' ? 'ZH' : 'EN' });
    }
    const style = getComputedStyle(this);
    const option = {
      color: this._palette(),
      textStyle: {
        fontFamily: style.getPropertyValue('--lumo-font-family').trim() || 'sans-serif',
        color: style.getPropertyValue('--lumo-body-text-color').trim() || '#1a2733',
      },
      aria: { enabled: true, decal: { show: false } },
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      ...this._option,
    };
    this._chart.setOption(option, true);
    this.setAttribute('data-rendered', 'true');
  }
}

if (!customElements.get('rb-chart')) {
  customElements.define('rb-chart', RbChart);
}
