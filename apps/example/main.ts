import { App } from '@litellm-cdk/core';
import { referenceDeployment } from './src/reference-deployment.js';

const app = new App({ name: 'example' });
referenceDeployment(app);
app.synth();
