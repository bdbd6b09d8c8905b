import { App } from '@litellm-cdk/core';
import { platformTeam } from './src/platform-team.js';

const app = new App({ name: 'platform-team' });
platformTeam(app);
app.synth();
