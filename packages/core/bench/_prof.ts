import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { App, ModelGroup, ProxyConfig, Secret, ModelDeployment } from '../src/index.js';
import { invokeAspects } from '../src/aspects/_invoke-aspects.js';
import { renderConfig } from '../src/synth/render-config.js';
import { validateTree } from '../src/synth/validate-tree.js';
import { buildAssembly } from '../src/synth/_build-assembly.js';
const N = Number(process.argv[2]);
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, (n - t).toFixed(0)); t = n; };
const app = new App({ outdir: '/tmp/prof-out', name: 'p' });
const config = new ProxyConfig(app, 'prod');
for (let g = 0; g < N / 10; g++) {
  const group = new ModelGroup(config, `model-${g}`);
  for (let d = 0; d < 10; d++) group.addDeployment(`d${d}`, { litellmParams: { model: 'bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0', aws_region_name: Secret.env('R'), aws_access_key_id: Secret.env('A'), rpm: 1, thinking: { type: 'enabled', budget_tokens: 1024 } }, modelInfo: { id: `m-${g}-${d}` } });
}
lap('build');
invokeAspects(app); app.node.lock(); lap('aspects');
const r = renderConfig(config); lap('render');
const rep = validateTree(app, [r], false); lap('validate');
const asm = buildAssembly(app, 'p', [r], rep, '/tmp/prof-out'); lap('assemble');
import { emitYaml } from '../src/synth/yaml-emitter.js';
t = performance.now();
emitYaml(r.document as any); lap('emit only');
JSON.stringify(asm.tree, null, 2); lap('tree json');
const s = r.sources; for (let i = 0; i < N; i++) s.ownerOf(['model_list', i, 'litellm_params', 'aws_region_name']); lap('ownerOf x N');
