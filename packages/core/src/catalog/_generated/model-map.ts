// Generated from LiteLLM model map v1.81.13, BerriAI/litellm commit 69ee2c21ea5e63136a9a03388de56b2547beacdb; MIT licence.
// Do not edit: run packages/core/scripts/generate-catalog.ts instead.
// One model per line, fields separated by one space: id, litellm_provider, mode, max input tokens,
// max output tokens (max_output_tokens, else max_tokens, the rule the model map documents in its
// sample_spec), flags (R reasoning, C prompt caching, V vision, F function calling; true flags only).
// "-" marks an absent field; trailing absent fields are left out.

/** LiteLLM release the rows were generated from. */
export const MODEL_MAP_VERSION: string = 'v1.81.13';

/** Number of rows in {@link MODEL_MAP_ROWS}. */
export const MODEL_MAP_SIZE: number = 2568;

/** The model map, one row per model id, sorted by id; decoded lazily by `src/catalog/model-catalog.ts`. */
export const MODEL_MAP_ROWS: string = `1024-x-1024/50-steps/bedrock/amazon.nova-canvas-v1:0 bedrock image_generation 2600
1024-x-1024/50-steps/stability.stable-diffusion-xl-v1 bedrock image_generation 77 77
1024-x-1024/dall-e-2 openai image_generation
1024-x-1024/gpt-image-1.5 openai image_generation - - V
1024-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
1024-x-1024/max-steps/stability.stable-diffusion-xl-v1 bedrock image_generation 77 77
1024-x-1536/gpt-image-1.5 openai image_generation - - V
1024-x-1536/gpt-image-1.5-2025-12-16 openai image_generation - - V
1536-x-1024/gpt-image-1.5 openai image_generation - - V
1536-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
256-x-256/dall-e-2 openai image_generation
512-x-512/50-steps/stability.stable-diffusion-xl-v0 bedrock image_generation 77 77
512-x-512/dall-e-2 openai image_generation
512-x-512/max-steps/stability.stable-diffusion-xl-v0 bedrock image_generation 77 77
ai21.j2-mid-v1 bedrock chat 8191 8191
ai21.j2-ultra-v1 bedrock chat 8191 8191
ai21.jamba-1-5-large-v1:0 bedrock chat 256000 256000
ai21.jamba-1-5-mini-v1:0 bedrock chat 256000 256000
ai21.jamba-instruct-v1:0 bedrock chat 70000 4096
aiml/dall-e-2 aiml image_generation
aiml/dall-e-3 aiml image_generation
aiml/flux-pro aiml image_generation
aiml/flux-pro/v1.1 aiml image_generation
aiml/flux-pro/v1.1-ultra aiml image_generation
aiml/flux-realism aiml image_generation
aiml/flux/dev aiml image_generation
aiml/flux/kontext-max/text-to-image aiml image_generation
aiml/flux/kontext-pro/text-to-image aiml image_generation
aiml/flux/schnell aiml image_generation
aiml/google/imagen-4.0-ultra-generate-001 aiml image_generation
aiml/google/nano-banana-pro aiml image_generation
amazon-nova/nova-lite-v1 amazon_nova chat 300000 10000 CVF
amazon-nova/nova-micro-v1 amazon_nova chat 128000 10000 CF
amazon-nova/nova-premier-v1 amazon_nova chat 1000000 10000 VF
amazon-nova/nova-pro-v1 amazon_nova chat 300000 10000 CVF
amazon.nova-2-lite-v1:0 bedrock_converse chat 1000000 64000 RCVF
amazon.nova-2-multimodal-embeddings-v1:0 bedrock embedding 8172 8172
amazon.nova-2-pro-preview-20251202-v1:0 bedrock_converse chat 1000000 64000 RCVF
amazon.nova-canvas-v1:0 bedrock image_generation 2600
amazon.nova-lite-v1:0 bedrock_converse chat 300000 10000 CVF
amazon.nova-micro-v1:0 bedrock_converse chat 128000 10000 CF
amazon.nova-pro-v1:0 bedrock_converse chat 300000 10000 CVF
amazon.rerank-v1:0 bedrock rerank 32000 32000
amazon.titan-embed-image-v1 bedrock embedding 128 128
amazon.titan-embed-text-v1 bedrock embedding 8192 8192
amazon.titan-embed-text-v2:0 bedrock embedding 8192 8192
amazon.titan-image-generator-v1 bedrock image_generation
amazon.titan-image-generator-v2 bedrock image_generation
amazon.titan-image-generator-v2:0 bedrock image_generation
amazon.titan-text-express-v1 bedrock chat 42000 8000
amazon.titan-text-lite-v1 bedrock chat 42000 4000
amazon.titan-text-premier-v1:0 bedrock chat 42000 32000
anthropic.claude-3-5-haiku-20241022-v1:0 bedrock chat 200000 8192 CF
anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock chat 1000000 4096 VF
anthropic.claude-3-5-sonnet-20241022-v2:0 bedrock chat 1000000 8192 CVF
anthropic.claude-3-7-sonnet-20240620-v1:0 bedrock chat 200000 8192 RCVF
anthropic.claude-3-7-sonnet-20250219-v1:0 bedrock_converse chat 200000 8192 RCVF
anthropic.claude-3-haiku-20240307-v1:0 bedrock chat 200000 4096 VF
anthropic.claude-3-opus-20240229-v1:0 bedrock chat 200000 4096 VF
anthropic.claude-3-sonnet-20240229-v1:0 bedrock chat 200000 4096 VF
anthropic.claude-haiku-4-5-20251001-v1:0 bedrock_converse chat 200000 64000 RCVF
anthropic.claude-haiku-4-5@20251001 bedrock_converse chat 200000 64000 RCVF
anthropic.claude-instant-v1 bedrock chat 100000 8191
anthropic.claude-opus-4-1-20250805-v1:0 bedrock_converse chat 200000 32000 RCVF
anthropic.claude-opus-4-20250514-v1:0 bedrock_converse chat 200000 32000 RCVF
anthropic.claude-opus-4-5-20251101-v1:0 bedrock_converse chat 200000 64000 RCVF
anthropic.claude-opus-4-6-v1 bedrock_converse chat 1000000 128000 RCVF
anthropic.claude-sonnet-4-20250514-v1:0 bedrock_converse chat 1000000 64000 RCVF
anthropic.claude-sonnet-4-5-20250929-v1:0 bedrock_converse chat 200000 64000 RCVF
anthropic.claude-v1 bedrock chat 100000 8191
anthropic.claude-v2:1 bedrock chat 100000 8191
anyscale/HuggingFaceH4/zephyr-7b-beta anyscale chat 16384 16384
anyscale/codellama/CodeLlama-34b-Instruct-hf anyscale chat 4096 4096
anyscale/codellama/CodeLlama-70b-Instruct-hf anyscale chat 4096 4096
anyscale/google/gemma-7b-it anyscale chat 8192 8192
anyscale/meta-llama/Llama-2-13b-chat-hf anyscale chat 4096 4096
anyscale/meta-llama/Llama-2-70b-chat-hf anyscale chat 4096 4096
anyscale/meta-llama/Llama-2-7b-chat-hf anyscale chat 4096 4096
anyscale/meta-llama/Meta-Llama-3-70B-Instruct anyscale chat 8192 8192
anyscale/meta-llama/Meta-Llama-3-8B-Instruct anyscale chat 8192 8192
anyscale/mistralai/Mistral-7B-Instruct-v0.1 anyscale chat 16384 16384 F
anyscale/mistralai/Mixtral-8x22B-Instruct-v0.1 anyscale chat 65536 65536 F
anyscale/mistralai/Mixtral-8x7B-Instruct-v0.1 anyscale chat 16384 16384 F
apac.amazon.nova-2-lite-v1:0 bedrock_converse chat 1000000 64000 RCVF
apac.amazon.nova-2-pro-preview-20251202-v1:0 bedrock_converse chat 1000000 64000 RCVF
apac.amazon.nova-lite-v1:0 bedrock_converse chat 300000 10000 CVF
apac.amazon.nova-micro-v1:0 bedrock_converse chat 128000 10000 CF
apac.amazon.nova-pro-v1:0 bedrock_converse chat 300000 10000 CVF
apac.anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock chat 200000 4096 VF
apac.anthropic.claude-3-5-sonnet-20241022-v2:0 bedrock chat 200000 8192 CVF
apac.anthropic.claude-3-haiku-20240307-v1:0 bedrock chat 200000 4096 VF
apac.anthropic.claude-3-sonnet-20240229-v1:0 bedrock chat 200000 4096 VF
apac.anthropic.claude-haiku-4-5-20251001-v1:0 bedrock_converse chat 200000 64000 RCVF
apac.anthropic.claude-sonnet-4-20250514-v1:0 bedrock_converse chat 1000000 64000 RCVF
assemblyai/best assemblyai audio_transcription
assemblyai/nano assemblyai audio_transcription
au.anthropic.claude-haiku-4-5-20251001-v1:0 bedrock_converse chat 200000 64000 RCVF
au.anthropic.claude-opus-4-6-v1 bedrock_converse chat 1000000 128000 RCVF
au.anthropic.claude-sonnet-4-5-20250929-v1:0 bedrock_converse chat 200000 64000 RCVF
aws_polly/generative aws_polly audio_speech
aws_polly/long-form aws_polly audio_speech
aws_polly/neural aws_polly audio_speech
aws_polly/standard aws_polly audio_speech
azure/ada azure embedding 8191 8191
azure/codex-mini azure responses 200000 100000 RCVF
azure/command-r-plus azure chat 128000 4096 F
azure/computer-use-preview azure chat 8192 1024 RVF
azure/container azure chat
azure/eu/gpt-4o-2024-08-06 azure chat 128000 16384 CVF
azure/eu/gpt-4o-2024-11-20 azure chat 128000 16384 VF
azure/eu/gpt-4o-mini-2024-07-18 azure chat 128000 16384 CVF
azure/eu/gpt-4o-mini-realtime-preview-2024-12-17 azure chat 128000 4096 F
azure/eu/gpt-4o-realtime-preview-2024-10-01 azure chat 128000 4096 F
azure/eu/gpt-4o-realtime-preview-2024-12-17 azure chat 128000 4096 F
azure/eu/gpt-5-2025-08-07 azure chat 272000 128000 RCVF
azure/eu/gpt-5-mini-2025-08-07 azure chat 272000 128000 RCVF
azure/eu/gpt-5-nano-2025-08-07 azure chat 272000 128000 RCVF
azure/eu/gpt-5.1 azure chat 272000 128000 RCVF
azure/eu/gpt-5.1-chat azure chat 128000 128000 RCVF
azure/eu/gpt-5.1-codex azure responses 272000 128000 RCVF
azure/eu/gpt-5.1-codex-mini azure responses 272000 128000 RCVF
azure/eu/o1-2024-12-17 azure chat 200000 100000 CVF
azure/eu/o1-mini-2024-09-12 azure chat 128000 65536 CF
azure/eu/o1-preview-2024-09-12 azure chat 128000 32768 CF
azure/eu/o3-mini-2025-01-31 azure chat 200000 100000 RC
azure/global-standard/gpt-4o-2024-08-06 azure chat 128000 16384 CVF
azure/global-standard/gpt-4o-2024-11-20 azure chat 128000 16384 VF
azure/global-standard/gpt-4o-mini azure chat 128000 16384 VF
azure/global/gpt-4o-2024-08-06 azure chat 128000 16384 CVF
azure/global/gpt-4o-2024-11-20 azure chat 128000 16384 CVF
azure/global/gpt-5.1 azure chat 272000 128000 RCVF
azure/global/gpt-5.1-chat azure chat 128000 128000 RCVF
azure/global/gpt-5.1-codex azure responses 272000 128000 RCVF
azure/global/gpt-5.1-codex-mini azure responses 272000 128000 RCVF
azure/gpt-3.5-turbo azure chat 4097 4096 F
azure/gpt-3.5-turbo-0125 azure chat 16384 4096 F
azure/gpt-3.5-turbo-instruct-0914 azure_text completion 4097 4097
azure/gpt-35-turbo azure chat 4097 4096 F
azure/gpt-35-turbo-0125 azure chat 16384 4096 F
azure/gpt-35-turbo-0301 azure chat 4097 4096 F
azure/gpt-35-turbo-0613 azure chat 4097 4096 F
azure/gpt-35-turbo-1106 azure chat 16384 4096 F
azure/gpt-35-turbo-16k azure chat 16385 4096
azure/gpt-35-turbo-16k-0613 azure chat 16385 4096 F
azure/gpt-35-turbo-instruct azure_text completion 4097 4097
azure/gpt-35-turbo-instruct-0914 azure_text completion 4097 4097
azure/gpt-4 azure chat 8192 4096 F
azure/gpt-4-0125-preview azure chat 128000 4096 F
azure/gpt-4-0613 azure chat 8192 4096 F
azure/gpt-4-1106-preview azure chat 128000 4096 F
azure/gpt-4-32k azure chat 32768 4096
azure/gpt-4-32k-0613 azure chat 32768 4096
azure/gpt-4-turbo azure chat 128000 4096 F
azure/gpt-4-turbo-2024-04-09 azure chat 128000 4096 VF
azure/gpt-4-turbo-vision-preview azure chat 128000 4096 V
azure/gpt-4.1 azure chat 1047576 32768 CVF
azure/gpt-4.1-2025-04-14 azure chat 1047576 32768 CVF
azure/gpt-4.1-mini azure chat 1047576 32768 CVF
azure/gpt-4.1-mini-2025-04-14 azure chat 1047576 32768 CVF
azure/gpt-4.1-nano azure chat 1047576 32768 CVF
azure/gpt-4.1-nano-2025-04-14 azure chat 1047576 32768 CVF
azure/gpt-4.5-preview azure chat 128000 16384 CVF
azure/gpt-4o azure chat 128000 16384 CVF
azure/gpt-4o-2024-05-13 azure chat 128000 4096 CVF
azure/gpt-4o-2024-08-06 azure chat 128000 16384 CVF
azure/gpt-4o-2024-11-20 azure chat 128000 16384 CVF
azure/gpt-4o-audio-preview-2024-12-17 azure chat 128000 16384 F
azure/gpt-4o-mini azure chat 128000 16384 CVF
azure/gpt-4o-mini-2024-07-18 azure chat 128000 16384 CVF
azure/gpt-4o-mini-audio-preview-2024-12-17 azure chat 128000 16384 F
azure/gpt-4o-mini-realtime-preview-2024-12-17 azure chat 128000 4096 F
azure/gpt-4o-mini-transcribe azure audio_transcription 16000 2000
azure/gpt-4o-mini-tts azure audio_speech
azure/gpt-4o-realtime-preview-2024-10-01 azure chat 128000 4096 F
azure/gpt-4o-realtime-preview-2024-12-17 azure chat 128000 4096 F
azure/gpt-4o-transcribe azure audio_transcription 16000 2000
azure/gpt-4o-transcribe-diarize azure audio_transcription 16000 2000
azure/gpt-5 azure chat 272000 128000 RCVF
azure/gpt-5-2025-08-07 azure chat 272000 128000 RCVF
azure/gpt-5-chat azure chat 128000 16384 RCVF
azure/gpt-5-chat-latest azure chat 128000 16384 RCVF
azure/gpt-5-codex azure responses 272000 128000 RCVF
azure/gpt-5-mini azure chat 272000 128000 RCVF
azure/gpt-5-mini-2025-08-07 azure chat 272000 128000 RCVF
azure/gpt-5-nano azure chat 272000 128000 RCVF
azure/gpt-5-nano-2025-08-07 azure chat 272000 128000 RCVF
azure/gpt-5-pro azure responses 272000 128000 RCVF
azure/gpt-5.1 azure chat 272000 128000 RCVF
azure/gpt-5.1-2025-11-13 azure chat 272000 128000 RCVF
azure/gpt-5.1-chat azure chat 128000 128000 RCVF
azure/gpt-5.1-chat-2025-11-13 azure chat 128000 16384 RCV
azure/gpt-5.1-codex azure responses 272000 128000 RCVF
azure/gpt-5.1-codex-2025-11-13 azure responses 272000 128000 RCVF
azure/gpt-5.1-codex-max azure responses 272000 128000 RCVF
azure/gpt-5.1-codex-mini azure responses 272000 128000 RCVF
azure/gpt-5.1-codex-mini-2025-11-13 azure responses 272000 128000 RCVF
azure/gpt-5.2 azure chat 272000 128000 RCVF
azure/gpt-5.2-2025-12-11 azure chat 272000 128000 RCVF
azure/gpt-5.2-chat azure chat 128000 16384 RCVF
azure/gpt-5.2-chat-2025-12-11 azure chat 128000 16384 RCVF
azure/gpt-5.2-codex azure responses 272000 128000 RCVF
azure/gpt-5.2-pro azure responses 272000 128000 RCVF
azure/gpt-5.2-pro-2025-12-11 azure responses 272000 128000 RCVF
azure/gpt-audio-2025-08-28 azure chat 128000 16384 F
azure/gpt-audio-mini-2025-10-06 azure chat 128000 16384 F
azure/gpt-image-1 azure image_generation
azure/gpt-image-1-mini azure image_generation
azure/gpt-image-1.5 azure image_generation
azure/gpt-image-1.5-2025-12-16 azure image_generation
azure/gpt-realtime-2025-08-28 azure chat 32000 4096 F
azure/gpt-realtime-mini-2025-10-06 azure chat 32000 4096 F
azure/hd/1024-x-1024/dall-e-3 azure image_generation
azure/hd/1024-x-1792/dall-e-3 azure image_generation
azure/hd/1792-x-1024/dall-e-3 azure image_generation
azure/high/1024-x-1024/gpt-image-1 azure image_generation
azure/high/1024-x-1024/gpt-image-1-mini azure image_generation
azure/high/1024-x-1536/gpt-image-1 azure image_generation
azure/high/1024-x-1536/gpt-image-1-mini azure image_generation
azure/high/1536-x-1024/gpt-image-1 azure image_generation
azure/high/1536-x-1024/gpt-image-1-mini azure image_generation
azure/low/1024-x-1024/gpt-image-1 azure image_generation
azure/low/1024-x-1024/gpt-image-1-mini azure image_generation
azure/low/1024-x-1536/gpt-image-1 azure image_generation
azure/low/1024-x-1536/gpt-image-1-mini azure image_generation
azure/low/1536-x-1024/gpt-image-1 azure image_generation
azure/low/1536-x-1024/gpt-image-1-mini azure image_generation
azure/medium/1024-x-1024/gpt-image-1 azure image_generation
azure/medium/1024-x-1024/gpt-image-1-mini azure image_generation
azure/medium/1024-x-1536/gpt-image-1 azure image_generation
azure/medium/1024-x-1536/gpt-image-1-mini azure image_generation
azure/medium/1536-x-1024/gpt-image-1 azure image_generation
azure/medium/1536-x-1024/gpt-image-1-mini azure image_generation
azure/mistral-large-2402 azure chat 32000 32000 F
azure/mistral-large-latest azure chat 32000 32000 F
azure/o1 azure chat 200000 100000 RCVF
azure/o1-2024-12-17 azure chat 200000 100000 RCVF
azure/o1-mini azure chat 128000 65536 RCF
azure/o1-mini-2024-09-12 azure chat 128000 65536 RCF
azure/o1-preview azure chat 128000 32768 RCF
azure/o1-preview-2024-09-12 azure chat 128000 32768 RCF
azure/o3 azure chat 200000 100000 RCVF
azure/o3-2025-04-16 azure chat 200000 100000 RCVF
azure/o3-deep-research azure responses 200000 100000 RCVF
azure/o3-mini azure chat 200000 100000 RC
azure/o3-mini-2025-01-31 azure chat 200000 100000 RC
azure/o3-pro azure responses 200000 100000 RVF
azure/o3-pro-2025-06-10 azure responses 200000 100000 RVF
azure/o4-mini azure chat 200000 100000 RCVF
azure/o4-mini-2025-04-16 azure chat 200000 100000 RCVF
azure/sora-2 azure video_generation
azure/sora-2-pro azure video_generation
azure/sora-2-pro-high-res azure video_generation
azure/speech/azure-tts azure audio_speech
azure/speech/azure-tts-hd azure audio_speech
azure/standard/1024-x-1024/dall-e-2 azure image_generation
azure/standard/1024-x-1024/dall-e-3 azure image_generation
azure/standard/1024-x-1792/dall-e-3 azure image_generation
azure/standard/1792-x-1024/dall-e-3 azure image_generation
azure/text-embedding-3-large azure embedding 8191 8191
azure/text-embedding-3-small azure embedding 8191 8191
azure/text-embedding-ada-002 azure embedding 8191 8191
azure/tts-1 azure audio_speech
azure/tts-1-hd azure audio_speech
azure/us/gpt-4.1-2025-04-14 azure chat 1047576 32768 CVF
azure/us/gpt-4.1-mini-2025-04-14 azure chat 1047576 32768 CVF
azure/us/gpt-4.1-nano-2025-04-14 azure chat 1047576 32768 CVF
azure/us/gpt-4o-2024-08-06 azure chat 128000 16384 CVF
azure/us/gpt-4o-2024-11-20 azure chat 128000 16384 VF
azure/us/gpt-4o-mini-2024-07-18 azure chat 128000 16384 CVF
azure/us/gpt-4o-mini-realtime-preview-2024-12-17 azure chat 128000 4096 F
azure/us/gpt-4o-realtime-preview-2024-10-01 azure chat 128000 4096 F
azure/us/gpt-4o-realtime-preview-2024-12-17 azure chat 128000 4096 F
azure/us/gpt-5-2025-08-07 azure chat 272000 128000 RCVF
azure/us/gpt-5-mini-2025-08-07 azure chat 272000 128000 RCVF
azure/us/gpt-5-nano-2025-08-07 azure chat 272000 128000 RCVF
azure/us/gpt-5.1 azure chat 272000 128000 RCVF
azure/us/gpt-5.1-chat azure chat 128000 128000 RCVF
azure/us/gpt-5.1-codex azure responses 272000 128000 RCVF
azure/us/gpt-5.1-codex-mini azure responses 272000 128000 RCVF
azure/us/o1-2024-12-17 azure chat 200000 100000 CVF
azure/us/o1-mini-2024-09-12 azure chat 128000 65536 CF
azure/us/o1-preview-2024-09-12 azure chat 128000 32768 CF
azure/us/o3-2025-04-16 azure chat 200000 100000 RCVF
azure/us/o3-mini-2025-01-31 azure chat 200000 100000 RC
azure/us/o4-mini-2025-04-16 azure chat 200000 100000 RCVF
azure/whisper-1 azure audio_transcription
azure_ai/Cohere-embed-v3-english azure_ai embedding 512 512
azure_ai/Cohere-embed-v3-multilingual azure_ai embedding 512 512
azure_ai/FLUX-1.1-pro azure_ai image_generation
azure_ai/FLUX.1-Kontext-pro azure_ai image_generation
azure_ai/Llama-3.2-11B-Vision-Instruct azure_ai chat 128000 2048 VF
azure_ai/Llama-3.2-90B-Vision-Instruct azure_ai chat 128000 2048 VF
azure_ai/Llama-3.3-70B-Instruct azure_ai chat 128000 2048 F
azure_ai/Llama-4-Maverick-17B-128E-Instruct-FP8 azure_ai chat 1000000 16384 VF
azure_ai/Llama-4-Scout-17B-16E-Instruct azure_ai chat 10000000 16384 VF
azure_ai/MAI-DS-R1 azure_ai chat 128000 8192 R
azure_ai/Meta-Llama-3-70B-Instruct azure_ai chat 8192 2048
azure_ai/Meta-Llama-3.1-405B-Instruct azure_ai chat 128000 2048
azure_ai/Meta-Llama-3.1-70B-Instruct azure_ai chat 128000 2048
azure_ai/Meta-Llama-3.1-8B-Instruct azure_ai chat 128000 2048
azure_ai/Phi-3-medium-128k-instruct azure_ai chat 128000 4096
azure_ai/Phi-3-medium-4k-instruct azure_ai chat 4096 4096
azure_ai/Phi-3-mini-128k-instruct azure_ai chat 128000 4096
azure_ai/Phi-3-mini-4k-instruct azure_ai chat 4096 4096
azure_ai/Phi-3-small-128k-instruct azure_ai chat 128000 4096
azure_ai/Phi-3-small-8k-instruct azure_ai chat 8192 4096
azure_ai/Phi-3.5-MoE-instruct azure_ai chat 128000 4096
azure_ai/Phi-3.5-mini-instruct azure_ai chat 128000 4096
azure_ai/Phi-3.5-vision-instruct azure_ai chat 128000 4096 V
azure_ai/Phi-4 azure_ai chat 16384 16384 F
azure_ai/Phi-4-mini-instruct azure_ai chat 131072 4096 F
azure_ai/Phi-4-mini-reasoning azure_ai chat 131072 4096 F
azure_ai/Phi-4-multimodal-instruct azure_ai chat 131072 4096 VF
azure_ai/Phi-4-reasoning azure_ai chat 32768 4096 RF
azure_ai/claude-haiku-4-5 azure_ai chat 200000 64000 RCVF
azure_ai/claude-opus-4-1 azure_ai chat 200000 32000 RCVF
azure_ai/claude-opus-4-5 azure_ai chat 200000 64000 RCVF
azure_ai/claude-opus-4-6 azure_ai chat 200000 128000 RCVF
azure_ai/claude-sonnet-4-5 azure_ai chat 200000 64000 RCVF
azure_ai/cohere-rerank-v3-english azure_ai rerank 4096 4096
azure_ai/cohere-rerank-v3-multilingual azure_ai rerank 4096 4096
azure_ai/cohere-rerank-v3.5 azure_ai rerank 4096 4096
azure_ai/cohere-rerank-v4.0-fast azure_ai rerank 32768 32768
azure_ai/cohere-rerank-v4.0-pro azure_ai rerank 32768 32768
azure_ai/deepseek-r1 azure_ai chat 128000 8192 R
azure_ai/deepseek-v3 azure_ai chat 128000 8192
azure_ai/deepseek-v3-0324 azure_ai chat 128000 8192 F
azure_ai/deepseek-v3.2 azure_ai chat 163840 163840 RCF
azure_ai/deepseek-v3.2-speciale azure_ai chat 163840 163840 RCF
azure_ai/doc-intelligence/prebuilt-document azure_ai ocr
azure_ai/doc-intelligence/prebuilt-layout azure_ai ocr
azure_ai/doc-intelligence/prebuilt-read azure_ai ocr
azure_ai/embed-v-4-0 azure_ai embedding 128000 128000
azure_ai/flux.2-pro azure_ai image_generation
azure_ai/global/grok-3 azure_ai chat 131072 131072 F
azure_ai/global/grok-3-mini azure_ai chat 131072 131072 RF
azure_ai/gpt-oss-120b azure_ai chat 131072 131072 F
azure_ai/grok-3 azure_ai chat 131072 131072 F
azure_ai/grok-3-mini azure_ai chat 131072 131072 RF
azure_ai/grok-4 azure_ai chat 131072 131072 F
azure_ai/grok-4-fast-non-reasoning azure_ai chat 131072 131072 F
azure_ai/grok-4-fast-reasoning azure_ai chat 131072 131072 F
azure_ai/grok-code-fast-1 azure_ai chat 131072 131072 F
azure_ai/jais-30b-chat azure_ai chat 8192 8192
azure_ai/jamba-instruct azure_ai chat 70000 4096
azure_ai/kimi-k2.5 azure_ai chat 262144 262144 VF
azure_ai/ministral-3b azure_ai chat 128000 4096 F
azure_ai/mistral-document-ai-2505 azure_ai ocr
azure_ai/mistral-large azure_ai chat 32000 8191 F
azure_ai/mistral-large-2407 azure_ai chat 128000 4096 F
azure_ai/mistral-large-3 azure_ai chat 256000 8191 VF
azure_ai/mistral-large-latest azure_ai chat 128000 4096 F
azure_ai/mistral-medium-2505 azure_ai chat 131072 8191 F
azure_ai/mistral-nemo azure_ai chat 131072 4096 F
azure_ai/mistral-small azure_ai chat 32000 8191 F
azure_ai/mistral-small-2503 azure_ai chat 128000 128000 VF
azure_ai/model_router azure_ai chat
babbage-002 text-completion-openai completion 16384 4096
bedrock/*/1-month-commitment/cohere.command-light-text-v14 bedrock chat 4096 4096
bedrock/*/1-month-commitment/cohere.command-text-v14 bedrock chat 4096 4096
bedrock/*/6-month-commitment/cohere.command-light-text-v14 bedrock chat 4096 4096
bedrock/*/6-month-commitment/cohere.command-text-v14 bedrock chat 4096 4096
bedrock/ap-northeast-1/1-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/ap-northeast-1/1-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/ap-northeast-1/1-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/ap-northeast-1/6-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/ap-northeast-1/6-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/ap-northeast-1/6-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/ap-northeast-1/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/ap-northeast-1/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/ap-northeast-1/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/ap-northeast-1/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/ap-northeast-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/ap-northeast-1/moonshotai.kimi-k2-thinking bedrock chat 262144 262144 RF
bedrock/ap-northeast-1/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/ap-northeast-1/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/ap-south-1/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/ap-south-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
bedrock/ap-south-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
bedrock/ap-south-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/ap-south-1/moonshotai.kimi-k2-thinking bedrock chat 262144 262144 RF
bedrock/ap-south-1/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/ap-south-1/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/ap-southeast-3/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/ap-southeast-3/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/ap-southeast-3/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/ap-southeast-3/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/ca-central-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
bedrock/ca-central-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
bedrock/eu-central-1/1-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/eu-central-1/1-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/eu-central-1/1-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/eu-central-1/6-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/eu-central-1/6-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/eu-central-1/6-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/eu-central-1/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/eu-central-1/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/eu-central-1/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/eu-central-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/eu-central-1/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/eu-north-1/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/eu-north-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/eu-north-1/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/eu-south-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/eu-south-1/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/eu-west-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
bedrock/eu-west-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
bedrock/eu-west-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/eu-west-1/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/eu-west-2/meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
bedrock/eu-west-2/meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
bedrock/eu-west-2/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/eu-west-2/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/eu-west-3/mistral.mistral-7b-instruct-v0:2 bedrock chat 32000 8191
bedrock/eu-west-3/mistral.mistral-large-2402-v1:0 bedrock chat 32000 8191 F
bedrock/eu-west-3/mistral.mixtral-8x7b-instruct-v0:1 bedrock chat 32000 8191
bedrock/invoke/anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock chat 200000 4096 VF
bedrock/moonshotai.kimi-k2-thinking bedrock chat 262144 262144 RF
bedrock/moonshotai.kimi-k2.5 bedrock chat 262144 262144 RVF
bedrock/sa-east-1/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/sa-east-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
bedrock/sa-east-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
bedrock/sa-east-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/sa-east-1/moonshotai.kimi-k2-thinking bedrock chat 262144 262144 RF
bedrock/sa-east-1/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/sa-east-1/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/us-east-1/1-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/us-east-1/1-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/us-east-1/1-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/us-east-1/6-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/us-east-1/6-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/us-east-1/6-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/us-east-1/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/us-east-1/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/us-east-1/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/us-east-1/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/us-east-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
bedrock/us-east-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
bedrock/us-east-1/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/us-east-1/mistral.mistral-7b-instruct-v0:2 bedrock chat 32000 8191
bedrock/us-east-1/mistral.mistral-large-2402-v1:0 bedrock chat 32000 8191 F
bedrock/us-east-1/mistral.mixtral-8x7b-instruct-v0:1 bedrock chat 32000 8191
bedrock/us-east-1/moonshotai.kimi-k2-thinking bedrock chat 262144 262144 RF
bedrock/us-east-1/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/us-east-1/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/us-east-2/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/us-east-2/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/us-east-2/moonshotai.kimi-k2-thinking bedrock chat 262144 262144 RF
bedrock/us-east-2/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/us-east-2/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/us-gov-east-1/amazon.nova-pro-v1:0 bedrock chat 300000 10000 CVF
bedrock/us-gov-east-1/amazon.titan-embed-text-v1 bedrock embedding 8192 8192
bedrock/us-gov-east-1/amazon.titan-embed-text-v2:0 bedrock embedding 8192 8192
bedrock/us-gov-east-1/amazon.titan-text-express-v1 bedrock chat 42000 8000
bedrock/us-gov-east-1/amazon.titan-text-lite-v1 bedrock chat 42000 4000
bedrock/us-gov-east-1/amazon.titan-text-premier-v1:0 bedrock chat 42000 32000
bedrock/us-gov-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock chat 200000 8192 VF
bedrock/us-gov-east-1/anthropic.claude-3-haiku-20240307-v1:0 bedrock chat 200000 4096 VF
bedrock/us-gov-east-1/claude-sonnet-4-5-20250929-v1:0 bedrock chat 200000 4096 RCVF
bedrock/us-gov-east-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8000 2048
bedrock/us-gov-east-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8000 2048
bedrock/us-gov-west-1/amazon.nova-pro-v1:0 bedrock chat 300000 10000 CVF
bedrock/us-gov-west-1/amazon.titan-embed-text-v1 bedrock embedding 8192 8192
bedrock/us-gov-west-1/amazon.titan-embed-text-v2:0 bedrock embedding 8192 8192
bedrock/us-gov-west-1/amazon.titan-text-express-v1 bedrock chat 42000 8000
bedrock/us-gov-west-1/amazon.titan-text-lite-v1 bedrock chat 42000 4000
bedrock/us-gov-west-1/amazon.titan-text-premier-v1:0 bedrock chat 42000 32000
bedrock/us-gov-west-1/anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock chat 200000 8192 VF
bedrock/us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0 bedrock chat 200000 8192 RCVF
bedrock/us-gov-west-1/anthropic.claude-3-haiku-20240307-v1:0 bedrock chat 200000 4096 VF
bedrock/us-gov-west-1/claude-sonnet-4-5-20250929-v1:0 bedrock chat 200000 4096 RCVF
bedrock/us-gov-west-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8000 2048
bedrock/us-gov-west-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8000 2048
bedrock/us-west-1/meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
bedrock/us-west-1/meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
bedrock/us-west-2/1-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/us-west-2/1-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/us-west-2/1-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/us-west-2/6-month-commitment/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/us-west-2/6-month-commitment/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/us-west-2/6-month-commitment/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/us-west-2/anthropic.claude-instant-v1 bedrock chat 100000 8191
bedrock/us-west-2/anthropic.claude-v1 bedrock chat 100000 8191
bedrock/us-west-2/anthropic.claude-v2:1 bedrock chat 100000 8191
bedrock/us-west-2/deepseek.v3.2 bedrock chat 163840 163840 RF
bedrock/us-west-2/minimax.minimax-m2.1 bedrock chat 196000 8192 F
bedrock/us-west-2/mistral.mistral-7b-instruct-v0:2 bedrock chat 32000 8191
bedrock/us-west-2/mistral.mistral-large-2402-v1:0 bedrock chat 32000 8191 F
bedrock/us-west-2/mistral.mixtral-8x7b-instruct-v0:1 bedrock chat 32000 8191
bedrock/us-west-2/moonshotai.kimi-k2-thinking bedrock chat 262144 262144 RF
bedrock/us-west-2/moonshotai.kimi-k2.5 bedrock chat 262144 262144 VF
bedrock/us-west-2/qwen.qwen3-coder-next bedrock chat 262144 8192 F
bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0 bedrock chat 200000 8192 CF
cerebras/gpt-oss-120b cerebras chat 131072 32768 RF
cerebras/llama-3.3-70b cerebras chat 128000 128000 F
cerebras/llama3.1-70b cerebras chat 128000 128000 F
cerebras/llama3.1-8b cerebras chat 128000 128000 F
cerebras/qwen-3-32b cerebras chat 128000 128000 RF
cerebras/zai-glm-4.6 cerebras chat 128000 128000 RF
cerebras/zai-glm-4.7 cerebras chat 128000 128000 RF
chat-bison vertex_ai-chat-models chat 8192 4096
chat-bison-32k vertex_ai-chat-models chat 32000 8192
chat-bison-32k@002 vertex_ai-chat-models chat 32000 8192
chat-bison@001 vertex_ai-chat-models chat 8192 4096
chat-bison@002 vertex_ai-chat-models chat 8192 4096
chatdolphin nlp_cloud chat 16384 16384
chatgpt-4o-latest openai chat 128000 4096 CVF
chatgpt-image-latest openai image_generation
chatgpt/gpt-5.1-codex-max chatgpt responses 128000 128000 VF
chatgpt/gpt-5.1-codex-mini chatgpt responses 128000 64000 VF
chatgpt/gpt-5.2 chatgpt responses 128000 64000 VF
chatgpt/gpt-5.2-codex chatgpt responses 128000 128000 VF
claude-3-5-haiku-20241022 anthropic chat 200000 8192 CVF
claude-3-5-haiku-latest anthropic chat 200000 8192 CVF
claude-3-5-sonnet-20240620 anthropic chat 200000 8192 CVF
claude-3-5-sonnet-20241022 anthropic chat 200000 8192 CVF
claude-3-5-sonnet-latest anthropic chat 200000 8192 CVF
claude-3-7-sonnet-20250219 anthropic chat 200000 64000 RCVF
claude-3-7-sonnet-latest anthropic chat 200000 64000 RCVF
claude-3-haiku-20240307 anthropic chat 200000 4096 CVF
claude-3-opus-20240229 anthropic chat 200000 4096 CVF
claude-3-opus-latest anthropic chat 200000 4096 CVF
claude-4-opus-20250514 anthropic chat 200000 32000 RCVF
claude-4-sonnet-20250514 anthropic chat 1000000 64000 RCVF
claude-haiku-4-5 anthropic chat 200000 64000 RCVF
claude-haiku-4-5-20251001 anthropic chat 200000 64000 RCVF
claude-opus-4-1 anthropic chat 200000 32000 RCVF
claude-opus-4-1-20250805 anthropic chat 200000 32000 RCVF
claude-opus-4-20250514 anthropic chat 200000 32000 RCVF
claude-opus-4-5 anthropic chat 200000 64000 RCVF
claude-opus-4-5-20251101 anthropic chat 200000 64000 RCVF
claude-opus-4-6 anthropic chat 1000000 128000 RCVF
claude-opus-4-6-20260205 anthropic chat 1000000 128000 RCVF
claude-sonnet-4-20250514 anthropic chat 1000000 64000 RCVF
claude-sonnet-4-5 anthropic chat 200000 64000 RCVF
claude-sonnet-4-5-20250929 anthropic chat 200000 64000 RCVF
claude-sonnet-4-5-20250929-v1:0 bedrock chat 200000 64000 RCVF
cloudflare/@cf/meta/llama-2-7b-chat-fp16 cloudflare chat 3072 3072
cloudflare/@cf/meta/llama-2-7b-chat-int8 cloudflare chat 2048 2048
cloudflare/@cf/mistral/mistral-7b-instruct-v0.1 cloudflare chat 8192 8192
cloudflare/@hf/thebloke/codellama-7b-instruct-awq cloudflare chat 4096 4096
code-bison vertex_ai-code-text-models chat 6144 1024
code-bison-32k@002 vertex_ai-code-text-models completion 6144 1024
code-bison32k vertex_ai-code-text-models completion 6144 1024
code-bison@001 vertex_ai-code-text-models completion 6144 1024
code-bison@002 vertex_ai-code-text-models completion 6144 1024
code-gecko vertex_ai-code-text-models completion 2048 64
code-gecko-latest vertex_ai-code-text-models completion 2048 64
code-gecko@001 vertex_ai-code-text-models completion 2048 64
code-gecko@002 vertex_ai-code-text-models completion 2048 64
codechat-bison vertex_ai-code-chat-models chat 6144 1024
codechat-bison-32k vertex_ai-code-chat-models chat 32000 8192
codechat-bison-32k@002 vertex_ai-code-chat-models chat 32000 8192
codechat-bison@001 vertex_ai-code-chat-models chat 6144 1024
codechat-bison@002 vertex_ai-code-chat-models chat 6144 1024
codechat-bison@latest vertex_ai-code-chat-models chat 6144 1024
codestral/codestral-2405 codestral chat 32000 8191
codestral/codestral-latest codestral chat 32000 8191
codex-mini-latest openai responses 200000 100000 RCVF
cohere.command-light-text-v14 bedrock chat 4096 4096
cohere.command-r-plus-v1:0 bedrock chat 128000 4096
cohere.command-r-v1:0 bedrock chat 128000 4096
cohere.command-text-v14 bedrock chat 4096 4096
cohere.embed-english-v3 bedrock embedding 512 512
cohere.embed-multilingual-v3 bedrock embedding 512 512
cohere.embed-v4:0 bedrock embedding 128000 128000
cohere.rerank-v3-5:0 bedrock rerank 32000 32000
cohere/embed-v4.0 cohere embedding 128000 128000
command cohere completion 4096 4096
command-a-03-2025 cohere_chat chat 256000 8000 F
command-light cohere_chat chat 4096 4096
command-nightly cohere completion 4096 4096
command-r cohere_chat chat 128000 4096 F
command-r-08-2024 cohere_chat chat 128000 4096 F
command-r-plus cohere_chat chat 128000 4096 F
command-r-plus-08-2024 cohere_chat chat 128000 4096 F
command-r7b-12-2024 cohere_chat chat 128000 4096 F
computer-use-preview azure chat 8192 1024 RVF
dall-e-2 openai image_generation
dall-e-3 openai image_generation
dashscope/qwen-coder dashscope chat 1000000 16384 RF
dashscope/qwen-flash dashscope chat 997952 32768 RF
dashscope/qwen-flash-2025-07-28 dashscope chat 997952 32768 RF
dashscope/qwen-max dashscope chat 30720 8192 RF
dashscope/qwen-plus dashscope chat 129024 16384 RF
dashscope/qwen-plus-2025-01-25 dashscope chat 129024 8192 RF
dashscope/qwen-plus-2025-04-28 dashscope chat 129024 16384 RF
dashscope/qwen-plus-2025-07-14 dashscope chat 129024 16384 RF
dashscope/qwen-plus-2025-07-28 dashscope chat 997952 32768 RF
dashscope/qwen-plus-2025-09-11 dashscope chat 997952 32768 RF
dashscope/qwen-plus-latest dashscope chat 997952 32768 RF
dashscope/qwen-turbo dashscope chat 129024 16384 RF
dashscope/qwen-turbo-2024-11-01 dashscope chat 1000000 8192 RF
dashscope/qwen-turbo-2025-04-28 dashscope chat 1000000 16384 RF
dashscope/qwen-turbo-latest dashscope chat 1000000 16384 RF
dashscope/qwen3-30b-a3b dashscope chat 129024 16384 RF
dashscope/qwen3-coder-flash dashscope chat 997952 65536 RF
dashscope/qwen3-coder-flash-2025-07-28 dashscope chat 997952 65536 RF
dashscope/qwen3-coder-plus dashscope chat 997952 65536 RF
dashscope/qwen3-coder-plus-2025-07-22 dashscope chat 997952 65536 RF
dashscope/qwen3-max dashscope chat 258048 65536 RF
dashscope/qwen3-max-preview dashscope chat 258048 65536 RF
dashscope/qwq-plus dashscope chat 98304 8192 RF
databricks/databricks-bge-large-en databricks embedding 512 512
databricks/databricks-claude-3-7-sonnet databricks chat 200000 128000 RF
databricks/databricks-claude-haiku-4-5 databricks chat 200000 64000 RF
databricks/databricks-claude-opus-4 databricks chat 200000 32000 RF
databricks/databricks-claude-opus-4-1 databricks chat 200000 32000 RF
databricks/databricks-claude-opus-4-5 databricks chat 200000 64000 RF
databricks/databricks-claude-sonnet-4 databricks chat 200000 64000 RF
databricks/databricks-claude-sonnet-4-1 databricks chat 200000 64000 RF
databricks/databricks-claude-sonnet-4-5 databricks chat 200000 64000 RF
databricks/databricks-gemini-2-5-flash databricks chat 1048576 65535 F
databricks/databricks-gemini-2-5-pro databricks chat 1048576 65536 F
databricks/databricks-gemma-3-12b databricks chat 128000 32000
databricks/databricks-gpt-5 databricks chat 272000 128000
databricks/databricks-gpt-5-1 databricks chat 272000 128000
databricks/databricks-gpt-5-mini databricks chat 272000 128000
databricks/databricks-gpt-5-nano databricks chat 272000 128000
databricks/databricks-gpt-oss-120b databricks chat 131072 131072
databricks/databricks-gpt-oss-20b databricks chat 131072 131072
databricks/databricks-gte-large-en databricks embedding 8192 8192
databricks/databricks-llama-2-70b-chat databricks chat 4096 4096
databricks/databricks-llama-4-maverick databricks chat 128000 128000
databricks/databricks-meta-llama-3-1-405b-instruct databricks chat 128000 128000
databricks/databricks-meta-llama-3-1-8b-instruct databricks chat 200000 128000
databricks/databricks-meta-llama-3-3-70b-instruct databricks chat 128000 128000
databricks/databricks-meta-llama-3-70b-instruct databricks chat 128000 128000
databricks/databricks-mixtral-8x7b-instruct databricks chat 4096 4096
databricks/databricks-mpt-30b-instruct databricks chat 8192 8192
databricks/databricks-mpt-7b-instruct databricks chat 8192 8192
dataforseo/search dataforseo search
davinci-002 text-completion-openai completion 16384 4096
deep-research-pro-preview-12-2025 vertex_ai-language-models image_generation 65536 32768 CV
deepgram/base deepgram audio_transcription
deepgram/base-conversationalai deepgram audio_transcription
deepgram/base-finance deepgram audio_transcription
deepgram/base-general deepgram audio_transcription
deepgram/base-meeting deepgram audio_transcription
deepgram/base-phonecall deepgram audio_transcription
deepgram/base-video deepgram audio_transcription
deepgram/base-voicemail deepgram audio_transcription
deepgram/enhanced deepgram audio_transcription
deepgram/enhanced-finance deepgram audio_transcription
deepgram/enhanced-general deepgram audio_transcription
deepgram/enhanced-meeting deepgram audio_transcription
deepgram/enhanced-phonecall deepgram audio_transcription
deepgram/nova deepgram audio_transcription
deepgram/nova-2 deepgram audio_transcription
deepgram/nova-2-atc deepgram audio_transcription
deepgram/nova-2-automotive deepgram audio_transcription
deepgram/nova-2-conversationalai deepgram audio_transcription
deepgram/nova-2-drivethru deepgram audio_transcription
deepgram/nova-2-finance deepgram audio_transcription
deepgram/nova-2-general deepgram audio_transcription
deepgram/nova-2-meeting deepgram audio_transcription
deepgram/nova-2-phonecall deepgram audio_transcription
deepgram/nova-2-video deepgram audio_transcription
deepgram/nova-2-voicemail deepgram audio_transcription
deepgram/nova-3 deepgram audio_transcription
deepgram/nova-3-general deepgram audio_transcription
deepgram/nova-3-medical deepgram audio_transcription
deepgram/nova-general deepgram audio_transcription
deepgram/nova-phonecall deepgram audio_transcription
deepgram/whisper deepgram audio_transcription
deepgram/whisper-base deepgram audio_transcription
deepgram/whisper-large deepgram audio_transcription
deepgram/whisper-medium deepgram audio_transcription
deepgram/whisper-small deepgram audio_transcription
deepgram/whisper-tiny deepgram audio_transcription
deepinfra/Gryphe/MythoMax-L2-13b deepinfra chat 4096 4096
deepinfra/NousResearch/Hermes-3-Llama-3.1-405B deepinfra chat 131072 131072
deepinfra/NousResearch/Hermes-3-Llama-3.1-70B deepinfra chat 131072 131072
deepinfra/Qwen/QwQ-32B deepinfra chat 131072 131072
deepinfra/Qwen/Qwen2.5-72B-Instruct deepinfra chat 32768 32768
deepinfra/Qwen/Qwen2.5-7B-Instruct deepinfra chat 32768 32768
deepinfra/Qwen/Qwen2.5-VL-32B-Instruct deepinfra chat 128000 128000 V
deepinfra/Qwen/Qwen3-14B deepinfra chat 40960 40960
deepinfra/Qwen/Qwen3-235B-A22B deepinfra chat 40960 40960
deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507 deepinfra chat 262144 262144
deepinfra/Qwen/Qwen3-235B-A22B-Thinking-2507 deepinfra chat 262144 262144
deepinfra/Qwen/Qwen3-30B-A3B deepinfra chat 40960 40960
deepinfra/Qwen/Qwen3-32B deepinfra chat 40960 40960
deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct deepinfra chat 262144 262144
deepinfra/Qwen/Qwen3-Coder-480B-A35B-Instruct-Turbo deepinfra chat 262144 262144
deepinfra/Qwen/Qwen3-Next-80B-A3B-Instruct deepinfra chat 262144 262144
deepinfra/Qwen/Qwen3-Next-80B-A3B-Thinking deepinfra chat 262144 262144
deepinfra/Sao10K/L3-8B-Lunaris-v1-Turbo deepinfra chat 8192 8192
deepinfra/Sao10K/L3.1-70B-Euryale-v2.2 deepinfra chat 131072 131072
deepinfra/Sao10K/L3.3-70B-Euryale-v2.3 deepinfra chat 131072 131072
deepinfra/allenai/olmOCR-7B-0725-FP8 deepinfra chat 16384 16384
deepinfra/anthropic/claude-3-7-sonnet-latest deepinfra chat 200000 200000
deepinfra/anthropic/claude-4-opus deepinfra chat 200000 200000
deepinfra/anthropic/claude-4-sonnet deepinfra chat 200000 200000
deepinfra/deepseek-ai/DeepSeek-R1 deepinfra chat 163840 163840
deepinfra/deepseek-ai/DeepSeek-R1-0528 deepinfra chat 163840 163840
deepinfra/deepseek-ai/DeepSeek-R1-0528-Turbo deepinfra chat 32768 32768
deepinfra/deepseek-ai/DeepSeek-R1-Distill-Llama-70B deepinfra chat 131072 131072
deepinfra/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B deepinfra chat 131072 131072
deepinfra/deepseek-ai/DeepSeek-R1-Turbo deepinfra chat 40960 40960
deepinfra/deepseek-ai/DeepSeek-V3 deepinfra chat 163840 163840
deepinfra/deepseek-ai/DeepSeek-V3-0324 deepinfra chat 163840 163840
deepinfra/deepseek-ai/DeepSeek-V3.1 deepinfra chat 163840 163840 R
deepinfra/deepseek-ai/DeepSeek-V3.1-Terminus deepinfra chat 163840 163840
deepinfra/google/gemini-2.0-flash-001 deepinfra chat 1000000 1000000
deepinfra/google/gemini-2.5-flash deepinfra chat 1000000 1000000
deepinfra/google/gemini-2.5-pro deepinfra chat 1000000 1000000
deepinfra/google/gemma-3-12b-it deepinfra chat 131072 131072
deepinfra/google/gemma-3-27b-it deepinfra chat 131072 131072
deepinfra/google/gemma-3-4b-it deepinfra chat 131072 131072
deepinfra/meta-llama/Llama-3.2-11B-Vision-Instruct deepinfra chat 131072 131072
deepinfra/meta-llama/Llama-3.2-3B-Instruct deepinfra chat 131072 131072
deepinfra/meta-llama/Llama-3.3-70B-Instruct deepinfra chat 131072 131072
deepinfra/meta-llama/Llama-3.3-70B-Instruct-Turbo deepinfra chat 131072 131072
deepinfra/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 deepinfra chat 1048576 1048576
deepinfra/meta-llama/Llama-4-Scout-17B-16E-Instruct deepinfra chat 327680 327680
deepinfra/meta-llama/Llama-Guard-3-8B deepinfra chat 131072 131072
deepinfra/meta-llama/Llama-Guard-4-12B deepinfra chat 163840 163840
deepinfra/meta-llama/Meta-Llama-3-8B-Instruct deepinfra chat 8192 8192
deepinfra/meta-llama/Meta-Llama-3.1-70B-Instruct deepinfra chat 131072 131072
deepinfra/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo deepinfra chat 131072 131072
deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct deepinfra chat 131072 131072
deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo deepinfra chat 131072 131072
deepinfra/microsoft/WizardLM-2-8x22B deepinfra chat 65536 65536
deepinfra/microsoft/phi-4 deepinfra chat 16384 16384
deepinfra/mistralai/Mistral-Nemo-Instruct-2407 deepinfra chat 131072 131072
deepinfra/mistralai/Mistral-Small-24B-Instruct-2501 deepinfra chat 32768 32768
deepinfra/mistralai/Mistral-Small-3.2-24B-Instruct-2506 deepinfra chat 128000 128000
deepinfra/mistralai/Mixtral-8x7B-Instruct-v0.1 deepinfra chat 32768 32768
deepinfra/moonshotai/Kimi-K2-Instruct deepinfra chat 131072 131072
deepinfra/moonshotai/Kimi-K2-Instruct-0905 deepinfra chat 262144 262144
deepinfra/nvidia/Llama-3.1-Nemotron-70B-Instruct deepinfra chat 131072 131072
deepinfra/nvidia/Llama-3.3-Nemotron-Super-49B-v1.5 deepinfra chat 131072 131072
deepinfra/nvidia/NVIDIA-Nemotron-Nano-9B-v2 deepinfra chat 131072 131072
deepinfra/openai/gpt-oss-120b deepinfra chat 131072 131072
deepinfra/openai/gpt-oss-20b deepinfra chat 131072 131072
deepinfra/zai-org/GLM-4.5 deepinfra chat 131072 131072
deepseek-chat deepseek chat 131072 8192 CF
deepseek-reasoner deepseek chat 131072 65536 RC
deepseek-v3-2-251201 volcengine chat 98304 32768 RCF
deepseek.v3-v1:0 bedrock_converse chat 163840 81920 RF
deepseek.v3.2 bedrock_converse chat 163840 163840 RF
deepseek/deepseek-chat deepseek chat 131072 8192 CF
deepseek/deepseek-coder deepseek chat 128000 4096 CF
deepseek/deepseek-r1 deepseek chat 65536 8192 RCF
deepseek/deepseek-reasoner deepseek chat 131072 65536 RC
deepseek/deepseek-v3 deepseek chat 65536 8192 CF
deepseek/deepseek-v3.2 deepseek chat 163840 163840 RCF
dolphin nlp_cloud completion 16384 16384
doubao-embedding volcengine embedding 4096 4096
doubao-embedding-large volcengine embedding 4096 4096
doubao-embedding-large-text-240915 volcengine embedding 4096 4096
doubao-embedding-large-text-250515 volcengine embedding 4096 4096
doubao-embedding-text-240715 volcengine embedding 4096 4096
elevenlabs/eleven_multilingual_v2 elevenlabs audio_speech
elevenlabs/eleven_v3 elevenlabs audio_speech
elevenlabs/scribe_v1 elevenlabs audio_transcription
elevenlabs/scribe_v1_experimental elevenlabs audio_transcription
embed-english-light-v2.0 cohere embedding 1024 1024
embed-english-light-v3.0 cohere embedding 1024 1024
embed-english-v2.0 cohere embedding 4096 4096
embed-english-v3.0 cohere embedding 1024 1024
embed-multilingual-light-v3.0 cohere embedding 1024 1024
embed-multilingual-v2.0 cohere embedding 768 768
embed-multilingual-v3.0 cohere embedding 1024 1024
eu.amazon.nova-2-lite-v1:0 bedrock_converse chat 1000000 64000 RCVF
eu.amazon.nova-2-pro-preview-20251202-v1:0 bedrock_converse chat 1000000 64000 RCVF
eu.amazon.nova-lite-v1:0 bedrock_converse chat 300000 10000 CVF
eu.amazon.nova-micro-v1:0 bedrock_converse chat 128000 10000 CF
eu.amazon.nova-pro-v1:0 bedrock_converse chat 300000 10000 CVF
eu.anthropic.claude-3-5-haiku-20241022-v1:0 bedrock chat 200000 8192 CF
eu.anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock chat 200000 4096 VF
eu.anthropic.claude-3-5-sonnet-20241022-v2:0 bedrock chat 200000 8192 CVF
eu.anthropic.claude-3-7-sonnet-20250219-v1:0 bedrock chat 200000 8192 RCVF
eu.anthropic.claude-3-haiku-20240307-v1:0 bedrock chat 200000 4096 VF
eu.anthropic.claude-3-opus-20240229-v1:0 bedrock chat 200000 4096 VF
eu.anthropic.claude-3-sonnet-20240229-v1:0 bedrock chat 200000 4096 VF
eu.anthropic.claude-haiku-4-5-20251001-v1:0 bedrock_converse chat 200000 64000 RCVF
eu.anthropic.claude-opus-4-1-20250805-v1:0 bedrock_converse chat 200000 32000 RCVF
eu.anthropic.claude-opus-4-20250514-v1:0 bedrock_converse chat 200000 32000 RCVF
eu.anthropic.claude-opus-4-5-20251101-v1:0 bedrock_converse chat 200000 64000 RCVF
eu.anthropic.claude-opus-4-6-v1 bedrock_converse chat 1000000 128000 RCVF
eu.anthropic.claude-sonnet-4-20250514-v1:0 bedrock_converse chat 1000000 64000 RCVF
eu.anthropic.claude-sonnet-4-5-20250929-v1:0 bedrock_converse chat 200000 64000 RCVF
eu.deepseek.v3.2 bedrock_converse chat 163840 163840 RF
eu.meta.llama3-2-1b-instruct-v1:0 bedrock chat 128000 4096 F
eu.meta.llama3-2-3b-instruct-v1:0 bedrock chat 128000 4096 F
eu.mistral.pixtral-large-2502-v1:0 bedrock_converse chat 128000 4096 F
eu.twelvelabs.marengo-embed-2-7-v1:0 bedrock embedding 77 77
eu.twelvelabs.pegasus-1-2-v1:0 bedrock chat
exa_ai/search exa_ai search
fal_ai/bria/text-to-image/3.2 fal_ai image_generation
fal_ai/fal-ai/bytedance/dreamina/v3.1/text-to-image fal_ai image_generation
fal_ai/fal-ai/bytedance/seedream/v3/text-to-image fal_ai image_generation
fal_ai/fal-ai/flux-pro/v1.1 fal_ai image_generation
fal_ai/fal-ai/flux-pro/v1.1-ultra fal_ai image_generation
fal_ai/fal-ai/flux/schnell fal_ai image_generation
fal_ai/fal-ai/ideogram/v3 fal_ai image_generation
fal_ai/fal-ai/imagen4/preview fal_ai image_generation
fal_ai/fal-ai/imagen4/preview/fast fal_ai image_generation
fal_ai/fal-ai/imagen4/preview/ultra fal_ai image_generation
fal_ai/fal-ai/recraft/v3/text-to-image fal_ai image_generation
fal_ai/fal-ai/stable-diffusion-v35-medium fal_ai image_generation
fast/claude-opus-4-6 anthropic chat 1000000 128000 RCVF
fast/claude-opus-4-6-20260205 anthropic chat 1000000 128000 RCVF
fast/us/claude-opus-4-6 anthropic chat 200000 128000 RCVF
featherless_ai/featherless-ai/Qwerky-72B featherless_ai chat 32768 4096
featherless_ai/featherless-ai/Qwerky-QwQ-32B featherless_ai chat 32768 4096
firecrawl/search firecrawl search
fireworks-ai-4.1b-to-16b fireworks_ai
fireworks-ai-56b-to-176b fireworks_ai
fireworks-ai-above-16b fireworks_ai
fireworks-ai-default fireworks_ai
fireworks-ai-embedding-150m-to-350m fireworks_ai-embedding-models
fireworks-ai-embedding-up-to-150m fireworks_ai-embedding-models
fireworks-ai-moe-up-to-56b fireworks_ai
fireworks-ai-up-to-4b fireworks_ai
fireworks_ai/WhereIsAI/UAE-Large-V1 fireworks_ai-embedding-models embedding 512 512
fireworks_ai/accounts/fireworks/models/ fireworks_ai embedding 40960 40960
fireworks_ai/accounts/fireworks/models/SSD-1B fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/chronos-hermes-13b-v2 fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/code-llama-13b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-13b-instruct fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-13b-python fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-34b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-34b-instruct fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-34b-python fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-70b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/code-llama-70b-instruct fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/code-llama-70b-python fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/code-llama-7b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-7b-instruct fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-llama-7b-python fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/code-qwen-1p5-7b fireworks_ai chat 65536 65536
fireworks_ai/accounts/fireworks/models/codegemma-2b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/codegemma-7b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/cogito-671b-v2-p1 fireworks_ai chat 163840 163840
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-llama-3b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-llama-70b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-llama-8b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-qwen-14b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/cogito-v1-preview-qwen-32b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/dbrx-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/deepseek-coder-1b-base fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/deepseek-coder-33b-instruct fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/deepseek-coder-7b-base fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/deepseek-coder-7b-base-v1p5 fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/deepseek-coder-7b-instruct-v1p5 fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/deepseek-coder-v2-instruct fireworks_ai chat 65536 65536
fireworks_ai/accounts/fireworks/models/deepseek-coder-v2-lite-base fireworks_ai chat 163840 163840
fireworks_ai/accounts/fireworks/models/deepseek-coder-v2-lite-instruct fireworks_ai chat 163840 163840
fireworks_ai/accounts/fireworks/models/deepseek-prover-v2 fireworks_ai chat 163840 163840
fireworks_ai/accounts/fireworks/models/deepseek-r1 fireworks_ai chat 128000 20480
fireworks_ai/accounts/fireworks/models/deepseek-r1-0528 fireworks_ai chat 160000 160000
fireworks_ai/accounts/fireworks/models/deepseek-r1-0528-distill-qwen3-8b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-basic fireworks_ai chat 128000 20480
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-llama-70b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-llama-8b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-14b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-1p5b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-32b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/deepseek-r1-distill-qwen-7b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/deepseek-v2-lite-chat fireworks_ai chat 163840 163840
fireworks_ai/accounts/fireworks/models/deepseek-v2p5 fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/deepseek-v3 fireworks_ai chat 128000 8192
fireworks_ai/accounts/fireworks/models/deepseek-v3-0324 fireworks_ai chat 163840 163840
fireworks_ai/accounts/fireworks/models/deepseek-v3p1 fireworks_ai chat 128000 8192 R
fireworks_ai/accounts/fireworks/models/deepseek-v3p1-terminus fireworks_ai chat 128000 8192 R
fireworks_ai/accounts/fireworks/models/deepseek-v3p2 fireworks_ai chat 163840 163840 RF
fireworks_ai/accounts/fireworks/models/devstral-small-2505 fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/dobby-mini-unhinged-plus-llama-3-1-8b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/dobby-unhinged-llama-3-3-70b-new fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/dolphin-2-9-2-qwen2-72b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/dolphin-2p6-mixtral-8x7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/ernie-4p5-21b-a3b-pt fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/ernie-4p5-300b-a47b-pt fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/fare-20b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/firefunction-v1 fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/firefunction-v2 fireworks_ai chat 8192 8192 F
fireworks_ai/accounts/fireworks/models/firellava-13b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/firesearch-ocr-v6 fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/fireworks-asr-large fireworks_ai audio_transcription 4096 4096
fireworks_ai/accounts/fireworks/models/fireworks-asr-v2 fireworks_ai audio_transcription 4096 4096
fireworks_ai/accounts/fireworks/models/flux-1-dev fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/flux-1-dev-controlnet-union fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/flux-1-dev-fp8 fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/flux-1-schnell fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/flux-1-schnell-fp8 fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/flux-kontext-max fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/flux-kontext-pro fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/gemma-2b-it fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/gemma-3-27b-it fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/gemma-7b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/gemma-7b-it fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/gemma2-9b-it fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/glm-4p5 fireworks_ai chat 128000 96000 RF
fireworks_ai/accounts/fireworks/models/glm-4p5-air fireworks_ai chat 128000 96000 RF
fireworks_ai/accounts/fireworks/models/glm-4p5v fireworks_ai chat 131072 131072 R
fireworks_ai/accounts/fireworks/models/glm-4p6 fireworks_ai chat 202800 202800 RF
fireworks_ai/accounts/fireworks/models/gpt-oss-120b fireworks_ai chat 131072 131072 RF
fireworks_ai/accounts/fireworks/models/gpt-oss-20b fireworks_ai chat 131072 131072 RF
fireworks_ai/accounts/fireworks/models/gpt-oss-safeguard-120b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/gpt-oss-safeguard-20b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/hermes-2-pro-mistral-7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/internvl3-38b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/internvl3-78b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/internvl3-8b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/japanese-stable-diffusion-xl fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/kat-coder fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/kat-dev-32b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/kat-dev-72b-exp fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/kimi-k2-instruct fireworks_ai chat 131072 16384 F
fireworks_ai/accounts/fireworks/models/kimi-k2-instruct-0905 fireworks_ai chat 262144 32768 F
fireworks_ai/accounts/fireworks/models/kimi-k2-thinking fireworks_ai chat 262144 262144 F
fireworks_ai/accounts/fireworks/models/kimi-k2p5 fireworks_ai chat 262144 262144 F
fireworks_ai/accounts/fireworks/models/llama-guard-2-8b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/llama-guard-3-1b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama-guard-3-8b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama-v2-13b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llama-v2-13b-chat fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llama-v2-70b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llama-v2-70b-chat fireworks_ai chat 2048 2048
fireworks_ai/accounts/fireworks/models/llama-v2-7b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llama-v2-7b-chat fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llama-v3-70b-instruct fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/llama-v3-70b-instruct-hf fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/llama-v3-8b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/llama-v3-8b-instruct-hf fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct fireworks_ai chat 128000 16384 F
fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct-long fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct-1b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/llama-v3p1-nemotron-70b-instruct fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama-v3p2-11b-vision-instruct fireworks_ai chat 16384 16384 V
fireworks_ai/accounts/fireworks/models/llama-v3p2-1b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama-v3p2-1b-instruct fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/llama-v3p2-3b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama-v3p2-3b-instruct fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/llama-v3p2-90b-vision-instruct fireworks_ai chat 16384 16384 V
fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llama4-scout-instruct-basic fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/llamaguard-7b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/llava-yi-34b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/minimax-m1-80k fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/minimax-m2 fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/ministral-3-14b-instruct-2512 fireworks_ai chat 256000 256000
fireworks_ai/accounts/fireworks/models/ministral-3-3b-instruct-2512 fireworks_ai chat 256000 256000
fireworks_ai/accounts/fireworks/models/ministral-3-8b-instruct-2512 fireworks_ai chat 256000 256000
fireworks_ai/accounts/fireworks/models/mistral-7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-4k fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-v0p2 fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mistral-7b-instruct-v3 fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mistral-7b-v0p2 fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mistral-large-3-fp8 fireworks_ai chat 256000 256000
fireworks_ai/accounts/fireworks/models/mistral-nemo-base-2407 fireworks_ai chat 128000 128000
fireworks_ai/accounts/fireworks/models/mistral-nemo-instruct-2407 fireworks_ai chat 128000 128000
fireworks_ai/accounts/fireworks/models/mistral-small-24b-instruct-2501 fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mixtral-8x22b fireworks_ai chat 65536 65536
fireworks_ai/accounts/fireworks/models/mixtral-8x22b-instruct fireworks_ai chat 65536 65536
fireworks_ai/accounts/fireworks/models/mixtral-8x22b-instruct-hf fireworks_ai chat 65536 65536 F
fireworks_ai/accounts/fireworks/models/mixtral-8x7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mixtral-8x7b-instruct-hf fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/mythomax-l2-13b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/nemotron-nano-v2-12b-vl fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/nous-capybara-7b-v1p9 fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/nous-hermes-2-mixtral-8x7b-dpo fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/nous-hermes-2-yi-34b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/nous-hermes-llama2-13b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/nous-hermes-llama2-70b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/nous-hermes-llama2-7b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/nvidia-nemotron-nano-12b-v2 fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/nvidia-nemotron-nano-9b-v2 fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/openchat-3p5-0106-7b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/openhermes-2-mistral-7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/openhermes-2p5-mistral-7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/openorca-7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/phi-2-3b fireworks_ai chat 2048 2048
fireworks_ai/accounts/fireworks/models/phi-3-mini-128k-instruct fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/phi-3-vision-128k-instruct fireworks_ai chat 32064 32064
fireworks_ai/accounts/fireworks/models/phind-code-llama-34b-python-v1 fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/phind-code-llama-34b-v1 fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/phind-code-llama-34b-v2 fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/playground-v2-1024px-aesthetic fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/playground-v2-5-1024px-aesthetic fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/pythia-12b fireworks_ai chat 2048 2048
fireworks_ai/accounts/fireworks/models/qwen-qwq-32b-preview fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen-v2p5-14b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen-v2p5-7b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen1p5-72b-chat fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2-72b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2-7b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2-vl-2b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2-vl-72b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2-vl-7b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-0p5b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-14b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen2p5-1p5b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-32b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen2p5-32b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-72b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-7b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-0p5b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-0p5b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-14b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-14b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-1p5b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-1p5b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct-128k fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct-32k-rope fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct-64k fireworks_ai chat 65536 65536
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-3b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-3b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-coder-7b-instruct fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/qwen2p5-math-72b-instruct fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-32b-instruct fireworks_ai chat 128000 128000
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-3b-instruct fireworks_ai chat 128000 128000
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-72b-instruct fireworks_ai chat 128000 128000
fireworks_ai/accounts/fireworks/models/qwen2p5-vl-7b-instruct fireworks_ai chat 128000 128000
fireworks_ai/accounts/fireworks/models/qwen3-0p6b fireworks_ai chat 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-14b fireworks_ai chat 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-1p7b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen3-1p7b-fp8-draft fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-1p7b-fp8-draft-131072 fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen3-1p7b-fp8-draft-40960 fireworks_ai chat 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-instruct-2507 fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-235b-a22b-thinking-2507 fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b-instruct-2507 fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-30b-a3b-thinking-2507 fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-32b fireworks_ai chat 131072 131072 R
fireworks_ai/accounts/fireworks/models/qwen3-4b fireworks_ai chat 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-4b-instruct-2507 fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-8b fireworks_ai chat 40960 40960 R
fireworks_ai/accounts/fireworks/models/qwen3-coder-30b-a3b-instruct fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-coder-480b-a35b-instruct fireworks_ai chat 262144 262144 R
fireworks_ai/accounts/fireworks/models/qwen3-coder-480b-instruct-bf16 fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/qwen3-embedding-0p6b fireworks_ai embedding 32768 32768
fireworks_ai/accounts/fireworks/models/qwen3-embedding-4b fireworks_ai embedding 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-next-80b-a3b-instruct fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/qwen3-next-80b-a3b-thinking fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/qwen3-reranker-0p6b fireworks_ai rerank 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-reranker-4b fireworks_ai rerank 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-reranker-8b fireworks_ai rerank 40960 40960
fireworks_ai/accounts/fireworks/models/qwen3-vl-235b-a22b-instruct fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-235b-a22b-thinking fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-30b-a3b-instruct fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-30b-a3b-thinking fireworks_ai chat 262144 262144
fireworks_ai/accounts/fireworks/models/qwen3-vl-32b-instruct fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/qwen3-vl-8b-instruct fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/qwq-32b fireworks_ai chat 131072 131072
fireworks_ai/accounts/fireworks/models/rolm-ocr fireworks_ai chat 128000 128000
fireworks_ai/accounts/fireworks/models/snorkel-mistral-7b-pairrm-dpo fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/stable-diffusion-xl-1024-v1-0 fireworks_ai image_generation 4096 4096
fireworks_ai/accounts/fireworks/models/stablecode-3b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/starcoder-16b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/starcoder-7b fireworks_ai chat 8192 8192
fireworks_ai/accounts/fireworks/models/starcoder2-15b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/starcoder2-3b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/starcoder2-7b fireworks_ai chat 16384 16384
fireworks_ai/accounts/fireworks/models/toppy-m-7b fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/whisper-v3 fireworks_ai audio_transcription 4096 4096
fireworks_ai/accounts/fireworks/models/whisper-v3-turbo fireworks_ai audio_transcription 4096 4096
fireworks_ai/accounts/fireworks/models/yi-34b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/yi-34b-200k-capybara fireworks_ai chat 200000 200000
fireworks_ai/accounts/fireworks/models/yi-34b-chat fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/yi-6b fireworks_ai chat 4096 4096
fireworks_ai/accounts/fireworks/models/yi-large fireworks_ai chat 32768 32768
fireworks_ai/accounts/fireworks/models/zephyr-7b-beta fireworks_ai chat 32768 32768
fireworks_ai/nomic-ai/nomic-embed-text-v1 fireworks_ai-embedding-models embedding 8192 8192
fireworks_ai/nomic-ai/nomic-embed-text-v1.5 fireworks_ai-embedding-models embedding 8192 8192
fireworks_ai/thenlper/gte-base fireworks_ai-embedding-models embedding 512 512
fireworks_ai/thenlper/gte-large fireworks_ai-embedding-models embedding 512 512
friendliai/meta-llama-3.1-70b-instruct friendliai chat 8192 8192 F
friendliai/meta-llama-3.1-8b-instruct friendliai chat 8192 8192 F
ft:babbage-002 text-completion-openai completion 16384 4096
ft:davinci-002 text-completion-openai completion 16384 4096
ft:gpt-3.5-turbo openai chat 16385 4096
ft:gpt-3.5-turbo-0125 openai chat 16385 4096
ft:gpt-3.5-turbo-0613 openai chat 4096 4096
ft:gpt-3.5-turbo-1106 openai chat 16385 4096
ft:gpt-4-0613 openai chat 8192 4096 F
ft:gpt-4.1-2025-04-14 openai chat 1047576 32768 CF
ft:gpt-4.1-mini-2025-04-14 openai chat 1047576 32768 CF
ft:gpt-4.1-nano-2025-04-14 openai chat 1047576 32768 CF
ft:gpt-4o-2024-08-06 openai chat 128000 16384 CVF
ft:gpt-4o-2024-11-20 openai chat 128000 16384 CF
ft:gpt-4o-mini-2024-07-18 openai chat 128000 16384 CF
ft:o4-mini-2025-04-16 openai chat 200000 100000 RCF
gemini-1.0-pro vertex_ai-language-models chat 32760 8192 F
gemini-1.0-pro-001 vertex_ai-language-models chat 32760 8192 F
gemini-1.0-pro-002 vertex_ai-language-models chat 32760 8192 F
gemini-1.0-pro-vision vertex_ai-vision-models chat 16384 2048 VF
gemini-1.0-pro-vision-001 vertex_ai-vision-models chat 16384 2048 VF
gemini-1.0-ultra vertex_ai-language-models chat 8192 2048 F
gemini-1.0-ultra-001 vertex_ai-language-models chat 8192 2048 F
gemini-1.5-flash vertex_ai-language-models chat 1000000 8192 VF
gemini-1.5-flash-001 vertex_ai-language-models chat 1000000 8192 VF
gemini-1.5-flash-002 vertex_ai-language-models chat 1048576 8192 VF
gemini-1.5-flash-exp-0827 vertex_ai-language-models chat 1000000 8192 VF
gemini-1.5-flash-preview-0514 vertex_ai-language-models chat 1000000 8192 VF
gemini-1.5-pro vertex_ai-language-models chat 2097152 8192 VF
gemini-1.5-pro-001 vertex_ai-language-models chat 1000000 8192 VF
gemini-1.5-pro-002 vertex_ai-language-models chat 2097152 8192 VF
gemini-1.5-pro-preview-0215 vertex_ai-language-models chat 1000000 8192 F
gemini-1.5-pro-preview-0409 vertex_ai-language-models chat 1000000 8192 F
gemini-1.5-pro-preview-0514 vertex_ai-language-models chat 1000000 8192 F
gemini-2.0-flash vertex_ai-language-models chat 1048576 8192 CVF
gemini-2.0-flash-001 vertex_ai-language-models chat 1048576 8192 CVF
gemini-2.0-flash-exp vertex_ai-language-models chat 1048576 8192 CVF
gemini-2.0-flash-exp-image-generation gemini image_generation 32768 32768 V
gemini-2.0-flash-lite vertex_ai-language-models chat 1048576 8192 CVF
gemini-2.0-flash-lite-001 vertex_ai-language-models chat 1048576 8192 CVF
gemini-2.0-flash-live-preview-04-09 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.0-flash-preview-image-generation vertex_ai-language-models chat 1048576 8192 CVF
gemini-2.0-flash-thinking-exp vertex_ai-language-models chat 1048576 8192 CVF
gemini-2.0-flash-thinking-exp-01-21 vertex_ai-language-models chat 1048576 65536 RCV
gemini-2.0-pro-exp-02-05 vertex_ai-language-models chat 2097152 8192 CVF
gemini-2.5-computer-use-preview-10-2025 vertex_ai-language-models chat 128000 64000 VF
gemini-2.5-flash vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-flash-image vertex_ai-language-models image_generation 32768 32768 CVF
gemini-2.5-flash-image-preview vertex_ai-language-models image_generation 1048576 65535 CVF
gemini-2.5-flash-lite vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-flash-lite-preview-06-17 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-flash-lite-preview-09-2025 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-flash-native-audio-latest gemini chat 1048576 8192
gemini-2.5-flash-native-audio-preview-09-2025 gemini chat 1048576 8192
gemini-2.5-flash-native-audio-preview-12-2025 gemini chat 1048576 8192
gemini-2.5-flash-preview-04-17 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-flash-preview-05-20 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-flash-preview-09-2025 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-flash-preview-tts gemini audio_speech
gemini-2.5-pro vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-pro-exp-03-25 vertex_ai-language-models chat 1048576 65535 CVF
gemini-2.5-pro-preview-03-25 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-pro-preview-05-06 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-pro-preview-06-05 vertex_ai-language-models chat 1048576 65535 RCVF
gemini-2.5-pro-preview-tts vertex_ai-language-models chat 1048576 65535 CVF
gemini-3-flash-preview vertex_ai-language-models chat 1048576 65535 RCVF
gemini-3-pro-image-preview vertex_ai-language-models image_generation 65536 32768 CV
gemini-3-pro-preview vertex_ai-language-models chat 1048576 65535 RCVF
gemini-embedding-001 vertex_ai-embedding-models embedding 2048 2048
gemini-exp-1206 gemini chat 1048576 65535 RCVF
gemini-flash-experimental vertex_ai-language-models chat 1000000 8192
gemini-flash-latest gemini chat 1048576 65535 RCVF
gemini-flash-lite-latest gemini chat 1048576 65535 RCVF
gemini-live-2.5-flash-preview-native-audio-09-2025 vertex_ai-language-models chat 1048576 65535 CVF
gemini-pro vertex_ai-language-models chat 32760 8192 F
gemini-pro-experimental vertex_ai-language-models chat 1000000 8192
gemini-pro-latest gemini chat 1048576 65535 RCVF
gemini-pro-vision vertex_ai-vision-models chat 16384 2048 VF
gemini-robotics-er-1.5-preview vertex_ai-language-models chat 1048576 65535 RVF
gemini/deep-research-pro-preview-12-2025 gemini image_generation 65536 32768 CV
gemini/gemini-1.5-flash gemini chat 1048576 8192 VF
gemini/gemini-1.5-flash-001 gemini chat 1048576 8192 CVF
gemini/gemini-1.5-flash-002 gemini chat 1048576 8192 CVF
gemini/gemini-1.5-flash-8b gemini chat 1048576 8192 CVF
gemini/gemini-1.5-flash-8b-exp-0827 gemini chat 1000000 8192 VF
gemini/gemini-1.5-flash-8b-exp-0924 gemini chat 1048576 8192 CVF
gemini/gemini-1.5-flash-exp-0827 gemini chat 1048576 8192 VF
gemini/gemini-1.5-flash-latest gemini chat 1048576 8192 CVF
gemini/gemini-1.5-pro gemini chat 2097152 8192 VF
gemini/gemini-1.5-pro-001 gemini chat 2097152 8192 CVF
gemini/gemini-1.5-pro-002 gemini chat 2097152 8192 CVF
gemini/gemini-1.5-pro-exp-0801 gemini chat 2097152 8192 VF
gemini/gemini-1.5-pro-exp-0827 gemini chat 2097152 8192 VF
gemini/gemini-1.5-pro-latest gemini chat 1048576 8192 VF
gemini/gemini-2.0-flash gemini chat 1048576 8192 CVF
gemini/gemini-2.0-flash-001 gemini chat 1048576 8192 CVF
gemini/gemini-2.0-flash-exp gemini chat 1048576 8192 CVF
gemini/gemini-2.0-flash-exp-image-generation gemini image_generation 32768 32768 V
gemini/gemini-2.0-flash-lite gemini chat 1048576 8192 CVF
gemini/gemini-2.0-flash-lite-001 gemini chat 1048576 8192 CVF
gemini/gemini-2.0-flash-lite-preview-02-05 gemini chat 1048576 8192 CVF
gemini/gemini-2.0-flash-live-001 gemini chat 1048576 65535 RCVF
gemini/gemini-2.0-flash-preview-image-generation gemini chat 1048576 8192 CVF
gemini/gemini-2.0-flash-thinking-exp gemini chat 1048576 65536 CVF
gemini/gemini-2.0-flash-thinking-exp-01-21 gemini chat 1048576 65536 RCVF
gemini/gemini-2.0-pro-exp-02-05 gemini chat 2097152 8192 CVF
gemini/gemini-2.5-computer-use-preview-10-2025 gemini chat 128000 64000 VF
gemini/gemini-2.5-flash gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-flash-image vertex_ai-language-models image_generation 32768 32768 CVF
gemini/gemini-2.5-flash-image-preview gemini image_generation 1048576 65535 CVF
gemini/gemini-2.5-flash-lite gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-flash-lite-preview-06-17 gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-flash-lite-preview-09-2025 gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-flash-native-audio-latest gemini chat 1048576 8192
gemini/gemini-2.5-flash-native-audio-preview-09-2025 gemini chat 1048576 8192
gemini/gemini-2.5-flash-native-audio-preview-12-2025 gemini chat 1048576 8192
gemini/gemini-2.5-flash-preview-04-17 gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-flash-preview-05-20 gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-flash-preview-09-2025 gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-flash-preview-tts gemini audio_speech
gemini/gemini-2.5-pro gemini chat 1048576 65535 RCVF
gemini/gemini-2.5-pro-exp-03-25 gemini chat 1048576 65535 CVF
gemini/gemini-2.5-pro-preview-03-25 gemini chat 1048576 65535 CVF
gemini/gemini-2.5-pro-preview-05-06 gemini chat 1048576 65535 CVF
gemini/gemini-2.5-pro-preview-06-05 gemini chat 1048576 65535 CVF
gemini/gemini-2.5-pro-preview-tts gemini chat 1048576 65535 CVF
gemini/gemini-3-flash-preview gemini chat 1048576 65535 RCVF
gemini/gemini-3-pro-image-preview gemini image_generation 65536 32768 CV
gemini/gemini-3-pro-preview gemini chat 1048576 65535 RCVF
gemini/gemini-embedding-001 gemini embedding 2048 2048
gemini/gemini-exp-1114 gemini chat 1048576 8192 VF
gemini/gemini-exp-1206 gemini chat 2097152 8192 VF
gemini/gemini-flash-latest gemini chat 1048576 65535 RCVF
gemini/gemini-flash-lite-latest gemini chat 1048576 65535 RCVF
gemini/gemini-gemma-2-27b-it gemini chat - 8192 VF
gemini/gemini-gemma-2-9b-it gemini chat - 8192 VF
gemini/gemini-live-2.5-flash-preview-native-audio-09-2025 gemini chat 1048576 65535 CVF
gemini/gemini-pro gemini chat 32760 8192 F
gemini/gemini-pro-latest gemini chat 1048576 65535 RCVF
gemini/gemini-pro-vision gemini chat 30720 2048 VF
gemini/gemini-robotics-er-1.5-preview gemini chat 1048576 65535 RVF
gemini/gemma-3-27b-it gemini chat 131072 8192 VF
gemini/imagen-3.0-fast-generate-001 gemini image_generation
gemini/imagen-3.0-generate-001 gemini image_generation
gemini/imagen-3.0-generate-002 gemini image_generation
gemini/imagen-4.0-fast-generate-001 gemini image_generation
gemini/imagen-4.0-generate-001 gemini image_generation
gemini/imagen-4.0-ultra-generate-001 gemini image_generation
gemini/learnlm-1.5-pro-experimental gemini chat 32767 8192 VF
gemini/veo-2.0-generate-001 gemini video_generation 1024 1024
gemini/veo-3.0-fast-generate-preview gemini video_generation 1024 1024
gemini/veo-3.0-generate-preview gemini video_generation 1024 1024
gemini/veo-3.1-fast-generate-001 gemini video_generation 1024 1024
gemini/veo-3.1-fast-generate-preview gemini video_generation 1024 1024
gemini/veo-3.1-generate-001 gemini video_generation 1024 1024
gemini/veo-3.1-generate-preview gemini video_generation 1024 1024
gigachat/Embeddings gigachat embedding 512 512
gigachat/Embeddings-2 gigachat embedding 512 512
gigachat/EmbeddingsGigaR gigachat embedding 4096 4096
gigachat/GigaChat-2-Lite gigachat chat 128000 8192 F
gigachat/GigaChat-2-Max gigachat chat 128000 8192 VF
gigachat/GigaChat-2-Pro gigachat chat 128000 8192 VF
github_copilot/claude-haiku-4.5 github_copilot chat 128000 16000 VF
github_copilot/claude-opus-4.5 github_copilot chat 128000 16000 VF
github_copilot/claude-opus-4.6-fast github_copilot chat 128000 16000 VF
github_copilot/claude-opus-41 github_copilot chat 80000 16000 V
github_copilot/claude-sonnet-4 github_copilot chat 128000 16000 VF
github_copilot/claude-sonnet-4.5 github_copilot chat 128000 16000 VF
github_copilot/gemini-2.5-pro github_copilot chat 128000 64000 VF
github_copilot/gemini-3-pro-preview github_copilot chat 128000 64000 VF
github_copilot/gpt-3.5-turbo github_copilot chat 16384 4096 F
github_copilot/gpt-3.5-turbo-0613 github_copilot chat 16384 4096 F
github_copilot/gpt-4 github_copilot chat 32768 4096 F
github_copilot/gpt-4-0613 github_copilot chat 32768 4096 F
github_copilot/gpt-4-o-preview github_copilot chat 64000 4096 F
github_copilot/gpt-4.1 github_copilot chat 128000 16384 VF
github_copilot/gpt-4.1-2025-04-14 github_copilot chat 128000 16384 VF
github_copilot/gpt-41-copilot github_copilot completion
github_copilot/gpt-4o github_copilot chat 64000 4096 VF
github_copilot/gpt-4o-2024-05-13 github_copilot chat 64000 4096 VF
github_copilot/gpt-4o-2024-08-06 github_copilot chat 64000 16384 F
github_copilot/gpt-4o-2024-11-20 github_copilot chat 64000 16384 VF
github_copilot/gpt-4o-mini github_copilot chat 64000 4096 F
github_copilot/gpt-4o-mini-2024-07-18 github_copilot chat 64000 4096 F
github_copilot/gpt-5 github_copilot chat 128000 128000 VF
github_copilot/gpt-5-mini github_copilot chat 128000 64000 VF
github_copilot/gpt-5.1 github_copilot chat 128000 64000 VF
github_copilot/gpt-5.1-codex-max github_copilot responses 128000 128000 VF
github_copilot/gpt-5.2 github_copilot chat 128000 64000 VF
github_copilot/gpt-5.3-codex github_copilot responses 128000 128000 VF
github_copilot/text-embedding-3-small github_copilot embedding 8191 8191
github_copilot/text-embedding-3-small-inference github_copilot embedding 8191 8191
github_copilot/text-embedding-ada-002 github_copilot embedding 8191 8191
glm-4-7-251222 volcengine chat 204800 131072 RCF
global.amazon.nova-2-lite-v1:0 bedrock_converse chat 1000000 64000 RCVF
global.anthropic.claude-haiku-4-5-20251001-v1:0 bedrock_converse chat 200000 64000 RCVF
global.anthropic.claude-opus-4-5-20251101-v1:0 bedrock_converse chat 200000 64000 RCVF
global.anthropic.claude-opus-4-6-v1 bedrock_converse chat 1000000 128000 RCVF
global.anthropic.claude-sonnet-4-20250514-v1:0 bedrock_converse chat 1000000 64000 RCVF
global.anthropic.claude-sonnet-4-5-20250929-v1:0 bedrock_converse chat 200000 64000 RCVF
gmi/MiniMaxAI/MiniMax-M2.1 gmi chat 196608 16384
gmi/Qwen/Qwen3-VL-235B-A22B-Instruct-FP8 gmi chat 262144 16384 V
gmi/anthropic/claude-opus-4 gmi chat 409600 32000 VF
gmi/anthropic/claude-opus-4.5 gmi chat 409600 32000 VF
gmi/anthropic/claude-sonnet-4 gmi chat 409600 32000 VF
gmi/anthropic/claude-sonnet-4.5 gmi chat 409600 32000 VF
gmi/deepseek-ai/DeepSeek-V3-0324 gmi chat 163840 16384 F
gmi/deepseek-ai/DeepSeek-V3.2 gmi chat 163840 16384 F
gmi/google/gemini-3-flash-preview gmi chat 1048576 65536 VF
gmi/google/gemini-3-pro-preview gmi chat 1048576 65536 VF
gmi/moonshotai/Kimi-K2-Thinking gmi chat 262144 16384
gmi/openai/gpt-4o gmi chat 131072 16384 VF
gmi/openai/gpt-4o-mini gmi chat 131072 16384 VF
gmi/openai/gpt-5 gmi chat 409600 32000 F
gmi/openai/gpt-5.1 gmi chat 409600 32000 F
gmi/openai/gpt-5.2 gmi chat 409600 32000 F
gmi/zai-org/GLM-4.7-FP8 gmi chat 202752 16384
google.gemma-3-12b-it bedrock_converse chat 128000 8192 V
google.gemma-3-27b-it bedrock_converse chat 128000 8192 V
google.gemma-3-4b-it bedrock_converse chat 128000 8192 V
google_pse/search google_pse search
gpt-3.5-turbo openai chat 16385 4096 CF
gpt-3.5-turbo-0125 openai chat 16385 4096 CF
gpt-3.5-turbo-0301 openai chat 4097 4096 C
gpt-3.5-turbo-0613 openai chat 4097 4096 CF
gpt-3.5-turbo-1106 openai chat 16385 4096 CF
gpt-3.5-turbo-16k openai chat 16385 4096 C
gpt-3.5-turbo-16k-0613 openai chat 16385 4096 C
gpt-3.5-turbo-instruct text-completion-openai completion 8192 4096
gpt-3.5-turbo-instruct-0914 text-completion-openai completion 8192 4097
gpt-4 openai chat 8192 4096 CF
gpt-4-0125-preview openai chat 128000 4096 CF
gpt-4-0314 openai chat 8192 4096 C
gpt-4-0613 openai chat 8192 4096 CF
gpt-4-1106-preview openai chat 128000 4096 CF
gpt-4-1106-vision-preview openai chat 128000 4096 CV
gpt-4-32k openai chat 32768 4096 C
gpt-4-32k-0314 openai chat 32768 4096 C
gpt-4-32k-0613 openai chat 32768 4096 C
gpt-4-turbo openai chat 128000 4096 CVF
gpt-4-turbo-2024-04-09 openai chat 128000 4096 CVF
gpt-4-turbo-preview openai chat 128000 4096 CF
gpt-4-vision-preview openai chat 128000 4096 CV
gpt-4.1 openai chat 1047576 32768 CVF
gpt-4.1-2025-04-14 openai chat 1047576 32768 CVF
gpt-4.1-mini openai chat 1047576 32768 CVF
gpt-4.1-mini-2025-04-14 openai chat 1047576 32768 CVF
gpt-4.1-nano openai chat 1047576 32768 CVF
gpt-4.1-nano-2025-04-14 openai chat 1047576 32768 CVF
gpt-4.5-preview openai chat 128000 16384 CVF
gpt-4.5-preview-2025-02-27 openai chat 128000 16384 CVF
gpt-4o openai chat 128000 16384 CVF
gpt-4o-2024-05-13 openai chat 128000 4096 CVF
gpt-4o-2024-08-06 openai chat 128000 16384 CVF
gpt-4o-2024-11-20 openai chat 128000 16384 CVF
gpt-4o-audio-preview openai chat 128000 16384 F
gpt-4o-audio-preview-2024-10-01 openai chat 128000 16384 F
gpt-4o-audio-preview-2024-12-17 openai chat 128000 16384 F
gpt-4o-audio-preview-2025-06-03 openai chat 128000 16384 F
gpt-4o-mini openai chat 128000 16384 CVF
gpt-4o-mini-2024-07-18 openai chat 128000 16384 CVF
gpt-4o-mini-audio-preview openai chat 128000 16384 F
gpt-4o-mini-audio-preview-2024-12-17 openai chat 128000 16384 F
gpt-4o-mini-realtime-preview openai chat 128000 4096 F
gpt-4o-mini-realtime-preview-2024-12-17 openai chat 128000 4096 F
gpt-4o-mini-search-preview openai chat 128000 16384 CVF
gpt-4o-mini-search-preview-2025-03-11 openai chat 128000 16384 CVF
gpt-4o-mini-transcribe openai audio_transcription 16000 2000
gpt-4o-mini-transcribe-2025-03-20 openai audio_transcription 16000 2000
gpt-4o-mini-transcribe-2025-12-15 openai audio_transcription 16000 2000
gpt-4o-mini-tts openai audio_speech
gpt-4o-mini-tts-2025-03-20 openai audio_speech
gpt-4o-mini-tts-2025-12-15 openai audio_speech
gpt-4o-realtime-preview openai chat 128000 4096 F
gpt-4o-realtime-preview-2024-10-01 openai chat 128000 4096 F
gpt-4o-realtime-preview-2024-12-17 openai chat 128000 4096 F
gpt-4o-realtime-preview-2025-06-03 openai chat 128000 4096 F
gpt-4o-search-preview openai chat 128000 16384 CVF
gpt-4o-search-preview-2025-03-11 openai chat 128000 16384 CVF
gpt-4o-transcribe openai audio_transcription 16000 2000
gpt-4o-transcribe-diarize openai audio_transcription 16000 2000
gpt-5 openai chat 272000 128000 RCVF
gpt-5-2025-08-07 openai chat 272000 128000 RCVF
gpt-5-chat openai chat 128000 16384 RCV
gpt-5-chat-latest openai chat 128000 16384 RCV
gpt-5-codex openai responses 272000 128000 RCVF
gpt-5-mini openai chat 272000 128000 RCVF
gpt-5-mini-2025-08-07 openai chat 272000 128000 RCVF
gpt-5-nano openai chat 272000 128000 RCVF
gpt-5-nano-2025-08-07 openai chat 272000 128000 RCVF
gpt-5-pro openai responses 128000 272000 RCVF
gpt-5-pro-2025-10-06 openai responses 128000 272000 RCVF
gpt-5-search-api openai chat 272000 128000 CVF
gpt-5-search-api-2025-10-14 openai chat 272000 128000 CVF
gpt-5.1 openai chat 272000 128000 RCVF
gpt-5.1-2025-11-13 openai chat 272000 128000 RCVF
gpt-5.1-chat-latest openai chat 128000 16384 RCV
gpt-5.1-codex openai responses 272000 128000 RCVF
gpt-5.1-codex-max openai responses 272000 128000 RCVF
gpt-5.1-codex-mini openai responses 272000 128000 RCVF
gpt-5.2 openai chat 272000 128000 RCVF
gpt-5.2-2025-12-11 openai chat 272000 128000 RCVF
gpt-5.2-chat-latest openai chat 128000 16384 RCVF
gpt-5.2-codex openai responses 272000 128000 RCVF
gpt-5.2-pro openai responses 272000 128000 RCVF
gpt-5.2-pro-2025-12-11 openai responses 272000 128000 RCVF
gpt-audio openai chat 128000 16384 F
gpt-audio-2025-08-28 openai chat 128000 16384 F
gpt-audio-mini openai chat 128000 16384 F
gpt-audio-mini-2025-10-06 openai chat 128000 16384 F
gpt-audio-mini-2025-12-15 openai chat 128000 16384 F
gpt-image-1 openai image_generation
gpt-image-1-mini openai image_generation
gpt-image-1.5 openai image_generation - - V
gpt-image-1.5-2025-12-16 openai image_generation - - V
gpt-realtime openai chat 32000 4096 F
gpt-realtime-2025-08-28 openai chat 32000 4096 F
gpt-realtime-mini openai chat 128000 4096 F
gpt-realtime-mini-2025-10-06 openai chat 128000 4096 F
gpt-realtime-mini-2025-12-15 openai chat 128000 4096 F
gradient_ai/alibaba-qwen3-32b gradient_ai chat - 2048
gradient_ai/anthropic-claude-3-opus gradient_ai chat - 1024
gradient_ai/anthropic-claude-3.5-haiku gradient_ai chat - 1024
gradient_ai/anthropic-claude-3.5-sonnet gradient_ai chat - 1024
gradient_ai/anthropic-claude-3.7-sonnet gradient_ai chat - 1024
gradient_ai/deepseek-r1-distill-llama-70b gradient_ai chat - 8000
gradient_ai/llama3-8b-instruct gradient_ai chat - 512
gradient_ai/llama3.3-70b-instruct gradient_ai chat - 2048
gradient_ai/mistral-nemo-instruct-2407 gradient_ai chat - 512
gradient_ai/openai-gpt-4o gradient_ai chat - 16384
gradient_ai/openai-gpt-4o-mini gradient_ai chat - 16384
gradient_ai/openai-o3 gradient_ai chat - 100000
gradient_ai/openai-o3-mini gradient_ai chat - 100000
groq/gemma-7b-it groq chat 8192 8192 F
groq/llama-3.1-8b-instant groq chat 128000 8192 F
groq/llama-3.3-70b-versatile groq chat 128000 32768 F
groq/meta-llama/llama-4-maverick-17b-128e-instruct groq chat 131072 8192 VF
groq/meta-llama/llama-4-scout-17b-16e-instruct groq chat 131072 8192 VF
groq/meta-llama/llama-guard-4-12b groq chat 8192 8192
groq/moonshotai/kimi-k2-instruct-0905 groq chat 262144 16384 F
groq/openai/gpt-oss-120b groq chat 131072 32766 RF
groq/openai/gpt-oss-20b groq chat 131072 32768 RF
groq/playai-tts groq audio_speech 10000 10000
groq/qwen/qwen3-32b groq chat 131000 131000 RF
groq/whisper-large-v3 groq audio_transcription
groq/whisper-large-v3-turbo groq audio_transcription
hd/1024-x-1024/dall-e-3 openai image_generation
hd/1024-x-1792/dall-e-3 openai image_generation
hd/1792-x-1024/dall-e-3 openai image_generation
heroku/claude-3-5-haiku heroku chat - 4096 F
heroku/claude-3-5-sonnet-latest heroku chat - 8192 F
heroku/claude-3-7-sonnet heroku chat - 8192 F
heroku/claude-4-sonnet heroku chat - 8192 F
high/1024-x-1024/gpt-image-1 openai image_generation
high/1024-x-1024/gpt-image-1.5 openai image_generation - - V
high/1024-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
high/1024-x-1536/gpt-image-1 openai image_generation
high/1024-x-1536/gpt-image-1.5 openai image_generation - - V
high/1024-x-1536/gpt-image-1.5-2025-12-16 openai image_generation - - V
high/1536-x-1024/gpt-image-1 openai image_generation
high/1536-x-1024/gpt-image-1.5 openai image_generation - - V
high/1536-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
hyperbolic/NousResearch/Hermes-3-Llama-3.1-70B hyperbolic chat 32768 32768 F
hyperbolic/Qwen/QwQ-32B hyperbolic chat 131072 131072 F
hyperbolic/Qwen/Qwen2.5-72B-Instruct hyperbolic chat 131072 131072 F
hyperbolic/Qwen/Qwen2.5-Coder-32B-Instruct hyperbolic chat 32768 32768 F
hyperbolic/Qwen/Qwen3-235B-A22B hyperbolic chat 131072 131072 F
hyperbolic/deepseek-ai/DeepSeek-R1 hyperbolic chat 32768 32768 F
hyperbolic/deepseek-ai/DeepSeek-R1-0528 hyperbolic chat 131072 131072 F
hyperbolic/deepseek-ai/DeepSeek-V3 hyperbolic chat 32768 32768 F
hyperbolic/deepseek-ai/DeepSeek-V3-0324 hyperbolic chat 32768 32768 F
hyperbolic/meta-llama/Llama-3.2-3B-Instruct hyperbolic chat 32768 32768 F
hyperbolic/meta-llama/Llama-3.3-70B-Instruct hyperbolic chat 131072 131072 F
hyperbolic/meta-llama/Meta-Llama-3-70B-Instruct hyperbolic chat 131072 131072 F
hyperbolic/meta-llama/Meta-Llama-3.1-405B-Instruct hyperbolic chat 32768 32768 F
hyperbolic/meta-llama/Meta-Llama-3.1-70B-Instruct hyperbolic chat 32768 32768 F
hyperbolic/meta-llama/Meta-Llama-3.1-8B-Instruct hyperbolic chat 32768 32768 F
hyperbolic/moonshotai/Kimi-K2-Instruct hyperbolic chat 131072 131072 F
j2-light ai21 completion 8192 8192
j2-mid ai21 completion 8192 8192
j2-ultra ai21 completion 8192 8192
jamba-1.5 ai21 chat 256000 256000
jamba-1.5-large ai21 chat 256000 256000
jamba-1.5-large@001 ai21 chat 256000 256000
jamba-1.5-mini ai21 chat 256000 256000
jamba-1.5-mini@001 ai21 chat 256000 256000
jamba-large-1.6 ai21 chat 256000 256000
jamba-large-1.7 ai21 chat 256000 256000
jamba-mini-1.6 ai21 chat 256000 256000
jamba-mini-1.7 ai21 chat 256000 256000
jina-reranker-v2-base-multilingual jina_ai rerank 1024 1024
jp.anthropic.claude-haiku-4-5-20251001-v1:0 bedrock_converse chat 200000 64000 RCVF
jp.anthropic.claude-sonnet-4-5-20250929-v1:0 bedrock_converse chat 200000 64000 RCVF
kimi-k2-thinking-251104 volcengine chat 229376 32768 RCF
lambda_ai/deepseek-llama3.3-70b lambda_ai chat 131072 131072 RF
lambda_ai/deepseek-r1-0528 lambda_ai chat 131072 131072 RF
lambda_ai/deepseek-r1-671b lambda_ai chat 131072 131072 RF
lambda_ai/deepseek-v3-0324 lambda_ai chat 131072 131072 F
lambda_ai/hermes3-405b lambda_ai chat 131072 131072 F
lambda_ai/hermes3-70b lambda_ai chat 131072 131072 F
lambda_ai/hermes3-8b lambda_ai chat 131072 131072 F
lambda_ai/lfm-40b lambda_ai chat 131072 131072 F
lambda_ai/lfm-7b lambda_ai chat 131072 131072 F
lambda_ai/llama-4-maverick-17b-128e-instruct-fp8 lambda_ai chat 131072 8192 F
lambda_ai/llama-4-scout-17b-16e-instruct lambda_ai chat 16384 8192 F
lambda_ai/llama3.1-405b-instruct-fp8 lambda_ai chat 131072 131072 F
lambda_ai/llama3.1-70b-instruct-fp8 lambda_ai chat 131072 131072 F
lambda_ai/llama3.1-8b-instruct lambda_ai chat 131072 131072 F
lambda_ai/llama3.1-nemotron-70b-instruct-fp8 lambda_ai chat 131072 131072 F
lambda_ai/llama3.2-11b-vision-instruct lambda_ai chat 131072 131072 VF
lambda_ai/llama3.2-3b-instruct lambda_ai chat 131072 131072 F
lambda_ai/llama3.3-70b-instruct-fp8 lambda_ai chat 131072 131072 F
lambda_ai/qwen25-coder-32b-instruct lambda_ai chat 131072 131072 F
lambda_ai/qwen3-32b-fp8 lambda_ai chat 131072 131072 RF
lemonade/Gemma-3-4b-it-GGUF lemonade chat 128000 8192 F
lemonade/Qwen3-4B-Instruct-2507-GGUF lemonade chat 262144 32768 F
lemonade/Qwen3-Coder-30B-A3B-Instruct-GGUF lemonade chat 262144 32768 F
lemonade/gpt-oss-120b-mxfp-GGUF lemonade chat 131072 32768 F
lemonade/gpt-oss-20b-mxfp4-GGUF lemonade chat 131072 32768 F
linkup/search linkup search
linkup/search-deep linkup search
llamagate/codellama-7b llamagate chat 16384 4096 F
llamagate/deepseek-coder-6.7b llamagate chat 16384 4096 F
llamagate/deepseek-r1-7b-qwen llamagate chat 131072 16384 RF
llamagate/deepseek-r1-8b llamagate chat 65536 16384 RF
llamagate/dolphin3-8b llamagate chat 128000 8192 F
llamagate/gemma3-4b llamagate chat 128000 8192 VF
llamagate/llama-3.1-8b llamagate chat 131072 8192 F
llamagate/llama-3.2-3b llamagate chat 131072 8192 F
llamagate/llava-7b llamagate chat 4096 2048 V
llamagate/mistral-7b-v0.3 llamagate chat 32768 8192 F
llamagate/nomic-embed-text llamagate embedding 8192 8192
llamagate/openthinker-7b llamagate chat 32768 8192 RF
llamagate/qwen2.5-coder-7b llamagate chat 32768 8192 F
llamagate/qwen3-8b llamagate chat 32768 8192 F
llamagate/qwen3-embedding-8b llamagate embedding 40960 40960
llamagate/qwen3-vl-8b llamagate chat 32768 8192 VF
low/1024-x-1024/gpt-image-1 openai image_generation
low/1024-x-1024/gpt-image-1-mini openai image_generation
low/1024-x-1024/gpt-image-1.5 openai image_generation - - V
low/1024-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
low/1024-x-1536/gpt-image-1 openai image_generation
low/1024-x-1536/gpt-image-1-mini openai image_generation
low/1024-x-1536/gpt-image-1.5 openai image_generation - - V
low/1024-x-1536/gpt-image-1.5-2025-12-16 openai image_generation - - V
low/1536-x-1024/gpt-image-1 openai image_generation
low/1536-x-1024/gpt-image-1-mini openai image_generation
low/1536-x-1024/gpt-image-1.5 openai image_generation - - V
low/1536-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
luminous-base aleph_alpha completion - 2048
luminous-base-control aleph_alpha chat - 2048
luminous-extended aleph_alpha completion - 2048
luminous-extended-control aleph_alpha chat - 2048
luminous-supreme aleph_alpha completion - 2048
luminous-supreme-control aleph_alpha chat - 2048
max-x-max/50-steps/stability.stable-diffusion-xl-v0 bedrock image_generation 77 77
max-x-max/max-steps/stability.stable-diffusion-xl-v0 bedrock image_generation 77 77
medium/1024-x-1024/gpt-image-1 openai image_generation
medium/1024-x-1024/gpt-image-1-mini openai image_generation
medium/1024-x-1024/gpt-image-1.5 openai image_generation - - V
medium/1024-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
medium/1024-x-1536/gpt-image-1 openai image_generation
medium/1024-x-1536/gpt-image-1-mini openai image_generation
medium/1024-x-1536/gpt-image-1.5 openai image_generation - - V
medium/1024-x-1536/gpt-image-1.5-2025-12-16 openai image_generation - - V
medium/1536-x-1024/gpt-image-1 openai image_generation
medium/1536-x-1024/gpt-image-1-mini openai image_generation
medium/1536-x-1024/gpt-image-1.5 openai image_generation - - V
medium/1536-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
medlm-large vertex_ai-language-models chat 8192 1024
medlm-medium vertex_ai-language-models chat 32768 8192
meta.llama2-13b-chat-v1 bedrock chat 4096 4096
meta.llama2-70b-chat-v1 bedrock chat 4096 4096
meta.llama3-1-405b-instruct-v1:0 bedrock chat 128000 4096 F
meta.llama3-1-70b-instruct-v1:0 bedrock chat 128000 2048 F
meta.llama3-1-8b-instruct-v1:0 bedrock chat 128000 2048 F
meta.llama3-2-11b-instruct-v1:0 bedrock chat 128000 4096 VF
meta.llama3-2-1b-instruct-v1:0 bedrock chat 128000 4096 F
meta.llama3-2-3b-instruct-v1:0 bedrock chat 128000 4096 F
meta.llama3-2-90b-instruct-v1:0 bedrock chat 128000 4096 VF
meta.llama3-3-70b-instruct-v1:0 bedrock_converse chat 128000 4096 F
meta.llama3-70b-instruct-v1:0 bedrock chat 8192 8192
meta.llama3-8b-instruct-v1:0 bedrock chat 8192 8192
meta.llama4-maverick-17b-instruct-v1:0 bedrock_converse chat 128000 4096 F
meta.llama4-scout-17b-instruct-v1:0 bedrock_converse chat 128000 4096 F
meta_llama/Llama-3.3-70B-Instruct meta_llama chat 128000 4028 F
meta_llama/Llama-3.3-8B-Instruct meta_llama chat 128000 4028 F
meta_llama/Llama-4-Maverick-17B-128E-Instruct-FP8 meta_llama chat 1000000 4028 F
meta_llama/Llama-4-Scout-17B-16E-Instruct-FP8 meta_llama chat 10000000 4028 F
minimax.minimax-m2 bedrock_converse chat 128000 8192
minimax.minimax-m2.1 bedrock_converse chat 196000 8192 F
minimax/MiniMax-M2 minimax chat 200000 8192 RCF
minimax/MiniMax-M2.1 minimax chat 1000000 8192 RCF
minimax/MiniMax-M2.1-lightning minimax chat 1000000 8192 RCF
minimax/MiniMax-M2.5 minimax chat 1000000 8192 RCF
minimax/MiniMax-M2.5-lightning minimax chat 1000000 8192 RCF
minimax/speech-02-hd minimax audio_speech
minimax/speech-02-turbo minimax audio_speech
minimax/speech-2.6-hd minimax audio_speech
minimax/speech-2.6-turbo minimax audio_speech
mistral.magistral-small-2509 bedrock_converse chat 128000 8192 RF
mistral.ministral-3-14b-instruct bedrock_converse chat 128000 8192 F
mistral.ministral-3-3b-instruct bedrock_converse chat 128000 8192 F
mistral.ministral-3-8b-instruct bedrock_converse chat 128000 8192 F
mistral.mistral-7b-instruct-v0:2 bedrock chat 32000 8191
mistral.mistral-large-2402-v1:0 bedrock chat 32000 8191 F
mistral.mistral-large-2407-v1:0 bedrock chat 128000 8191 F
mistral.mistral-large-3-675b-instruct bedrock_converse chat 128000 8192 F
mistral.mistral-small-2402-v1:0 bedrock chat 32000 8191 F
mistral.mixtral-8x7b-instruct-v0:1 bedrock chat 32000 8191
mistral.voxtral-mini-3b-2507 bedrock_converse chat 128000 8192
mistral.voxtral-small-24b-2507 bedrock_converse chat 128000 8192
mistral/codestral-2405 mistral chat 32000 8191
mistral/codestral-2508 mistral chat 256000 256000 F
mistral/codestral-embed mistral embedding 8192 8192
mistral/codestral-embed-2505 mistral embedding 8192 8192
mistral/codestral-latest mistral chat 32000 8191
mistral/codestral-mamba-latest mistral chat 256000 256000
mistral/devstral-2512 mistral chat 256000 256000 F
mistral/devstral-medium-2507 mistral chat 128000 128000 F
mistral/devstral-small-2505 mistral chat 128000 128000 F
mistral/devstral-small-2507 mistral chat 128000 128000 F
mistral/labs-devstral-small-2512 mistral chat 256000 256000 F
mistral/magistral-medium-2506 mistral chat 40000 40000 RF
mistral/magistral-medium-2509 mistral chat 40000 40000 RF
mistral/magistral-medium-latest mistral chat 40000 40000 RF
mistral/magistral-small-2506 mistral chat 40000 40000 RF
mistral/magistral-small-latest mistral chat 40000 40000 RF
mistral/mistral-embed mistral embedding 8192 8192
mistral/mistral-large-2402 mistral chat 32000 8191 F
mistral/mistral-large-2407 mistral chat 128000 128000 F
mistral/mistral-large-2411 mistral chat 128000 128000 F
mistral/mistral-large-3 mistral chat 256000 8191 VF
mistral/mistral-large-latest mistral chat 128000 128000 F
mistral/mistral-medium mistral chat 32000 8191
mistral/mistral-medium-2312 mistral chat 32000 8191
mistral/mistral-medium-2505 mistral chat 131072 8191 F
mistral/mistral-medium-latest mistral chat 131072 8191 F
mistral/mistral-ocr-2505-completion mistral ocr
mistral/mistral-ocr-latest mistral ocr
mistral/mistral-small mistral chat 32000 8191 F
mistral/mistral-small-latest mistral chat 32000 8191 F
mistral/mistral-tiny mistral chat 32000 8191
mistral/open-codestral-mamba mistral chat 256000 256000
mistral/open-mistral-7b mistral chat 32000 8191
mistral/open-mistral-nemo mistral chat 128000 128000
mistral/open-mistral-nemo-2407 mistral chat 128000 128000
mistral/open-mixtral-8x22b mistral chat 65336 8191 F
mistral/open-mixtral-8x7b mistral chat 32000 8191 F
mistral/pixtral-12b-2409 mistral chat 128000 128000 VF
mistral/pixtral-large-2411 mistral chat 128000 128000 VF
mistral/pixtral-large-latest mistral chat 128000 128000 VF
moonshot.kimi-k2-thinking bedrock_converse chat 128000 8192 R
moonshot/kimi-k2-0711-preview moonshot chat 131072 131072 F
moonshot/kimi-k2-0905-preview moonshot chat 262144 262144 F
moonshot/kimi-k2-thinking moonshot chat 262144 262144 F
moonshot/kimi-k2-thinking-turbo moonshot chat 262144 262144 F
moonshot/kimi-k2-turbo-preview moonshot chat 262144 262144 F
moonshot/kimi-k2.5 moonshot chat 262144 262144 VF
moonshot/kimi-latest moonshot chat 131072 131072 VF
moonshot/kimi-latest-128k moonshot chat 131072 131072 VF
moonshot/kimi-latest-32k moonshot chat 32768 32768 VF
moonshot/kimi-latest-8k moonshot chat 8192 8192 VF
moonshot/kimi-thinking-preview moonshot chat 131072 131072 V
moonshot/moonshot-v1-128k moonshot chat 131072 131072 F
moonshot/moonshot-v1-128k-0430 moonshot chat 131072 131072 F
moonshot/moonshot-v1-128k-vision-preview moonshot chat 131072 131072 VF
moonshot/moonshot-v1-32k moonshot chat 32768 32768 F
moonshot/moonshot-v1-32k-0430 moonshot chat 32768 32768 F
moonshot/moonshot-v1-32k-vision-preview moonshot chat 32768 32768 VF
moonshot/moonshot-v1-8k moonshot chat 8192 8192 F
moonshot/moonshot-v1-8k-0430 moonshot chat 8192 8192 F
moonshot/moonshot-v1-8k-vision-preview moonshot chat 8192 8192 VF
moonshot/moonshot-v1-auto moonshot chat 131072 131072 F
moonshotai.kimi-k2.5 bedrock_converse chat 262144 262144 VF
morph/morph-v3-fast morph chat 16000 16000
morph/morph-v3-large morph chat 16000 16000
multimodalembedding vertex_ai-embedding-models embedding 2048 2048
multimodalembedding@001 vertex_ai-embedding-models embedding 2048 2048
novita/Sao10K/L3-8B-Stheno-v3.2 novita chat 8192 32000 F
novita/baai/bge-m3 novita embedding 8192 96000
novita/baai/bge-reranker-v2-m3 novita rerank 8000 8000
novita/baichuan/baichuan-m2-32b novita chat 131072 131072
novita/baidu/ernie-4.5-21B-a3b novita chat 120000 8000 F
novita/baidu/ernie-4.5-21B-a3b-thinking novita chat 131072 65536 R
novita/baidu/ernie-4.5-300b-a47b-paddle novita chat 123000 12000
novita/baidu/ernie-4.5-vl-28b-a3b novita chat 30000 8000 RVF
novita/baidu/ernie-4.5-vl-28b-a3b-thinking novita chat 131072 65536 RVF
novita/baidu/ernie-4.5-vl-424b-a47b novita chat 123000 16000 RV
novita/deepseek/deepseek-ocr novita chat 8192 8192 V
novita/deepseek/deepseek-prover-v2-671b novita chat 160000 160000
novita/deepseek/deepseek-r1-0528 novita chat 163840 32768 RF
novita/deepseek/deepseek-r1-0528-qwen3-8b novita chat 128000 32000 R
novita/deepseek/deepseek-r1-distill-llama-70b novita chat 8192 8192 R
novita/deepseek/deepseek-r1-distill-qwen-14b novita chat 32768 16384 R
novita/deepseek/deepseek-r1-distill-qwen-32b novita chat 64000 32000 R
novita/deepseek/deepseek-r1-turbo novita chat 64000 16000 RF
novita/deepseek/deepseek-v3-0324 novita chat 163840 163840 F
novita/deepseek/deepseek-v3-turbo novita chat 64000 16000 F
novita/deepseek/deepseek-v3.1 novita chat 131072 32768 RF
novita/deepseek/deepseek-v3.1-terminus novita chat 131072 32768 RF
novita/deepseek/deepseek-v3.2 novita chat 163840 65536 RF
novita/deepseek/deepseek-v3.2-exp novita chat 163840 65536 RF
novita/google/gemma-3-12b-it novita chat 131072 8192 V
novita/google/gemma-3-27b-it novita chat 98304 16384 V
novita/gryphe/mythomax-l2-13b novita chat 4096 3200
novita/kwaipilot/kat-coder-pro novita chat 256000 128000 F
novita/meta-llama/llama-3-70b-instruct novita chat 8192 8000
novita/meta-llama/llama-3-8b-instruct novita chat 8192 8192
novita/meta-llama/llama-3.1-8b-instruct novita chat 16384 16384
novita/meta-llama/llama-3.2-3b-instruct novita chat 32768 32000 F
novita/meta-llama/llama-3.3-70b-instruct novita chat 131072 120000 F
novita/meta-llama/llama-4-maverick-17b-128e-instruct-fp8 novita chat 1048576 8192 V
novita/meta-llama/llama-4-scout-17b-16e-instruct novita chat 131072 131072 V
novita/microsoft/wizardlm-2-8x22b novita chat 65535 8000
novita/minimax/minimax-m2 novita chat 204800 131072 RF
novita/minimax/minimax-m2.1 novita chat 204800 131072 F
novita/minimaxai/minimax-m1-80k novita chat 1000000 40000 RF
novita/mistralai/mistral-nemo novita chat 60288 16000
novita/moonshotai/kimi-k2-0905 novita chat 262144 262144 F
novita/moonshotai/kimi-k2-instruct novita chat 131072 131072 F
novita/moonshotai/kimi-k2-thinking novita chat 262144 262144 RF
novita/nousresearch/hermes-2-pro-llama-3-8b novita chat 8192 8192
novita/openai/gpt-oss-120b novita chat 131072 32768 RVF
novita/openai/gpt-oss-20b novita chat 131072 32768 RV
novita/paddlepaddle/paddleocr-vl novita chat 16384 16384 V
novita/qwen/qwen-2.5-72b-instruct novita chat 32000 8192 F
novita/qwen/qwen-mt-plus novita chat 16384 8192
novita/qwen/qwen2.5-7b-instruct novita chat 32000 32000 F
novita/qwen/qwen2.5-vl-72b-instruct novita chat 32768 32768 V
novita/qwen/qwen3-235b-a22b-fp8 novita chat 40960 20000 R
novita/qwen/qwen3-235b-a22b-instruct-2507 novita chat 131072 16384 F
novita/qwen/qwen3-235b-a22b-thinking-2507 novita chat 131072 32768 RF
novita/qwen/qwen3-30b-a3b-fp8 novita chat 40960 20000 R
novita/qwen/qwen3-32b-fp8 novita chat 40960 20000 R
novita/qwen/qwen3-4b-fp8 novita chat 128000 20000 R
novita/qwen/qwen3-8b-fp8 novita chat 128000 20000 R
novita/qwen/qwen3-coder-30b-a3b-instruct novita chat 160000 32768 F
novita/qwen/qwen3-coder-480b-a35b-instruct novita chat 262144 65536 F
novita/qwen/qwen3-embedding-0.6b novita embedding 32768 32768
novita/qwen/qwen3-embedding-8b novita embedding 32768 4096
novita/qwen/qwen3-max novita chat 262144 65536 F
novita/qwen/qwen3-next-80b-a3b-instruct novita chat 131072 32768 F
novita/qwen/qwen3-next-80b-a3b-thinking novita chat 131072 32768 RF
novita/qwen/qwen3-omni-30b-a3b-instruct novita chat 65536 16384 VF
novita/qwen/qwen3-omni-30b-a3b-thinking novita chat 65536 16384 RVF
novita/qwen/qwen3-reranker-8b novita rerank 32768 4096
novita/qwen/qwen3-vl-235b-a22b-instruct novita chat 131072 32768 VF
novita/qwen/qwen3-vl-235b-a22b-thinking novita chat 131072 32768 RV
novita/qwen/qwen3-vl-30b-a3b-instruct novita chat 131072 32768 VF
novita/qwen/qwen3-vl-30b-a3b-thinking novita chat 131072 32768 VF
novita/qwen/qwen3-vl-8b-instruct novita chat 131072 32768 VF
novita/sao10k/l3-70b-euryale-v2.1 novita chat 8192 8192 F
novita/sao10k/l3-8b-lunaris novita chat 8192 8192
novita/sao10k/l31-70b-euryale-v2.2 novita chat 8192 8192 F
novita/skywork/r1v4-lite novita chat 262144 65536 V
novita/xiaomimimo/mimo-v2-flash novita chat 262144 32000 RF
novita/zai-org/autoglm-phone-9b-multilingual novita chat 65536 65536 V
novita/zai-org/glm-4.5 novita chat 131072 98304 RF
novita/zai-org/glm-4.5-air novita chat 131072 98304 RF
novita/zai-org/glm-4.5v novita chat 65536 16384 RVF
novita/zai-org/glm-4.6 novita chat 204800 131072 RF
novita/zai-org/glm-4.6v novita chat 131072 32768 RVF
novita/zai-org/glm-4.7 novita chat 204800 131072 RF
nscale/Qwen/QwQ-32B nscale chat
nscale/Qwen/Qwen2.5-Coder-32B-Instruct nscale chat
nscale/Qwen/Qwen2.5-Coder-3B-Instruct nscale chat
nscale/Qwen/Qwen2.5-Coder-7B-Instruct nscale chat
nscale/black-forest-labs/FLUX.1-schnell nscale image_generation
nscale/deepseek-ai/DeepSeek-R1-Distill-Llama-70B nscale chat
nscale/deepseek-ai/DeepSeek-R1-Distill-Llama-8B nscale chat
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B nscale chat
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B nscale chat
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B nscale chat
nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B nscale chat
nscale/meta-llama/Llama-3.1-8B-Instruct nscale chat
nscale/meta-llama/Llama-3.3-70B-Instruct nscale chat
nscale/meta-llama/Llama-4-Scout-17B-16E-Instruct nscale chat
nscale/mistralai/mixtral-8x22b-instruct-v0.1 nscale chat
nscale/stabilityai/stable-diffusion-xl-base-1.0 nscale image_generation
nvidia.nemotron-nano-12b-v2 bedrock_converse chat 128000 8192 V
nvidia.nemotron-nano-3-30b bedrock_converse chat 262144 8192 F
nvidia.nemotron-nano-9b-v2 bedrock_converse chat 128000 8192
nvidia_nim/nvidia/llama-3_2-nv-rerankqa-1b-v2 nvidia_nim rerank
nvidia_nim/nvidia/nv-rerankqa-mistral-4b-v3 nvidia_nim rerank
nvidia_nim/ranking/nvidia/llama-3.2-nv-rerankqa-1b-v2 nvidia_nim rerank
o1 openai chat 200000 100000 RCVF
o1-2024-12-17 openai chat 200000 100000 RCVF
o1-mini openai chat 128000 65536 CV
o1-mini-2024-09-12 openai chat 128000 65536 RCV
o1-preview openai chat 128000 32768 RCV
o1-preview-2024-09-12 openai chat 128000 32768 RCV
o1-pro openai responses 200000 100000 RCVF
o1-pro-2025-03-19 openai responses 200000 100000 RCVF
o3 openai chat 200000 100000 RCVF
o3-2025-04-16 openai chat 200000 100000 RCVF
o3-deep-research openai responses 200000 100000 CVF
o3-deep-research-2025-06-26 openai responses 200000 100000 CVF
o3-mini openai chat 200000 100000 RCF
o3-mini-2025-01-31 openai chat 200000 100000 RCF
o3-pro openai responses 200000 100000 RCVF
o3-pro-2025-06-10 openai responses 200000 100000 RCVF
o4-mini openai chat 200000 100000 RCVF
o4-mini-2025-04-16 openai chat 200000 100000 RCVF
o4-mini-deep-research openai responses 200000 100000 CVF
o4-mini-deep-research-2025-06-26 openai responses 200000 100000 CVF
oci/cohere.command-a-03-2025 oci chat 256000 4000 F
oci/cohere.command-latest oci chat 128000 4000 F
oci/cohere.command-plus-latest oci chat 128000 4000 F
oci/meta.llama-3.1-405b-instruct oci chat 128000 4000 F
oci/meta.llama-3.2-90b-vision-instruct oci chat 128000 4000 F
oci/meta.llama-3.3-70b-instruct oci chat 128000 4000 F
oci/meta.llama-4-maverick-17b-128e-instruct-fp8 oci chat 512000 4000 F
oci/meta.llama-4-scout-17b-16e-instruct oci chat 192000 4000 F
oci/xai.grok-3 oci chat 131072 131072 F
oci/xai.grok-3-fast oci chat 131072 131072 F
oci/xai.grok-3-mini oci chat 131072 131072 F
oci/xai.grok-3-mini-fast oci chat 131072 131072 F
oci/xai.grok-4 oci chat 128000 128000 F
ollama/codegeex4 ollama chat 32768 8192
ollama/codegemma ollama completion 8192 8192
ollama/codellama ollama completion 4096 4096
ollama/deepseek-coder-v2-base ollama completion 8192 8192 F
ollama/deepseek-coder-v2-instruct ollama chat 32768 8192 F
ollama/deepseek-coder-v2-lite-base ollama completion 8192 8192 F
ollama/deepseek-coder-v2-lite-instruct ollama chat 32768 8192 F
ollama/deepseek-v3.1:671b-cloud ollama chat 163840 163840 F
ollama/gpt-oss:120b-cloud ollama chat 131072 131072 F
ollama/gpt-oss:20b-cloud ollama chat 131072 131072 F
ollama/internlm2_5-20b-chat ollama chat 32768 8192 F
ollama/llama2 ollama chat 4096 4096
ollama/llama2-uncensored ollama completion 4096 4096
ollama/llama2:13b ollama chat 4096 4096
ollama/llama2:70b ollama chat 4096 4096
ollama/llama2:7b ollama chat 4096 4096
ollama/llama3 ollama chat 8192 8192
ollama/llama3.1 ollama chat 8192 8192 F
ollama/llama3:70b ollama chat 8192 8192
ollama/llama3:8b ollama chat 8192 8192
ollama/mistral ollama completion 8192 8192 F
ollama/mistral-7B-Instruct-v0.1 ollama chat 8192 8192 F
ollama/mistral-7B-Instruct-v0.2 ollama chat 32768 32768 F
ollama/mistral-large-instruct-2407 ollama chat 65536 8192 F
ollama/mixtral-8x22B-Instruct-v0.1 ollama chat 65536 65536 F
ollama/mixtral-8x7B-Instruct-v0.1 ollama chat 32768 32768 F
ollama/orca-mini ollama completion 4096 4096
ollama/qwen3-coder:480b-cloud ollama chat 262144 262144 F
ollama/vicuna ollama completion 2048 2048
omni-moderation-2024-09-26 openai moderation 32768
omni-moderation-latest openai moderation 32768
omni-moderation-latest-intents openai moderation 32768
openai.gpt-oss-120b-1:0 bedrock_converse chat 128000 128000 RF
openai.gpt-oss-20b-1:0 bedrock_converse chat 128000 128000 RF
openai.gpt-oss-safeguard-120b bedrock_converse chat 128000 8192
openai.gpt-oss-safeguard-20b bedrock_converse chat 128000 8192
openai/container openai chat
openai/sora-2 openai video_generation
openai/sora-2-pro openai video_generation
openai/sora-2-pro-high-res openai video_generation
openrouter/anthropic/claude-3-haiku openrouter chat - 200000 VF
openrouter/anthropic/claude-3.5-sonnet openrouter chat 200000 8192 VF
openrouter/anthropic/claude-3.7-sonnet openrouter chat 200000 128000 RVF
openrouter/anthropic/claude-haiku-4.5 openrouter chat 200000 200000 RCVF
openrouter/anthropic/claude-opus-4 openrouter chat 200000 32000 RCVF
openrouter/anthropic/claude-opus-4.1 openrouter chat 200000 32000 RCVF
openrouter/anthropic/claude-opus-4.5 openrouter chat 200000 32000 RCVF
openrouter/anthropic/claude-sonnet-4 openrouter chat 1000000 64000 RCVF
openrouter/anthropic/claude-sonnet-4.5 openrouter chat 1000000 1000000 RCVF
openrouter/bytedance/ui-tars-1.5-7b openrouter chat 131072 2048
openrouter/deepseek/deepseek-chat openrouter chat 65536 8192 C
openrouter/deepseek/deepseek-chat-v3-0324 openrouter chat 65536 8192 C
openrouter/deepseek/deepseek-chat-v3.1 openrouter chat 163840 163840 RCF
openrouter/deepseek/deepseek-r1 openrouter chat 65336 8192 RCF
openrouter/deepseek/deepseek-r1-0528 openrouter chat 65336 8192 RCF
openrouter/deepseek/deepseek-v3.2 openrouter chat 163840 163840 RCF
openrouter/deepseek/deepseek-v3.2-exp openrouter chat 163840 163840 CF
openrouter/google/gemini-2.0-flash-001 openrouter chat 1048576 8192 VF
openrouter/google/gemini-2.5-flash openrouter chat 1048576 8192 VF
openrouter/google/gemini-2.5-pro openrouter chat 1048576 8192 VF
openrouter/google/gemini-3-flash-preview openrouter chat 1048576 65535 RCVF
openrouter/google/gemini-3-pro-preview openrouter chat 1048576 65535 RCVF
openrouter/gryphe/mythomax-l2-13b openrouter chat - 8192
openrouter/mancer/weaver openrouter chat - 8000
openrouter/meta-llama/llama-3-70b-instruct openrouter chat - 8192
openrouter/minimax/minimax-m2 openrouter chat 204800 204800 RCF
openrouter/minimax/minimax-m2.1 openrouter chat 204000 64000 RVF
openrouter/mistralai/devstral-2512 openrouter chat 262144 65536 F
openrouter/mistralai/ministral-14b-2512 openrouter chat 262144 262144 VF
openrouter/mistralai/ministral-3b-2512 openrouter chat 131072 131072 VF
openrouter/mistralai/ministral-8b-2512 openrouter chat 262144 262144 VF
openrouter/mistralai/mistral-7b-instruct openrouter chat - 8192
openrouter/mistralai/mistral-large openrouter chat - 32000
openrouter/mistralai/mistral-large-2512 openrouter chat 262144 262144 VF
openrouter/mistralai/mistral-small-3.1-24b-instruct openrouter chat - 32000
openrouter/mistralai/mistral-small-3.2-24b-instruct openrouter chat - 32000
openrouter/mistralai/mixtral-8x22b-instruct openrouter chat - 65536
openrouter/moonshotai/kimi-k2.5 openrouter chat 262144 262144 VF
openrouter/openai/gpt-3.5-turbo openrouter chat - 4095
openrouter/openai/gpt-3.5-turbo-16k openrouter chat - 16383
openrouter/openai/gpt-4 openrouter chat - 8192
openrouter/openai/gpt-4.1 openrouter chat 1047576 32768 CVF
openrouter/openai/gpt-4.1-mini openrouter chat 1047576 32768 CVF
openrouter/openai/gpt-4.1-nano openrouter chat 1047576 32768 CVF
openrouter/openai/gpt-4o openrouter chat 128000 4096 VF
openrouter/openai/gpt-4o-2024-05-13 openrouter chat 128000 4096 VF
openrouter/openai/gpt-5 openrouter chat 272000 128000 R
openrouter/openai/gpt-5-chat openrouter chat 128000 16384 R
openrouter/openai/gpt-5-codex openrouter chat 272000 128000 R
openrouter/openai/gpt-5-mini openrouter chat 272000 128000 R
openrouter/openai/gpt-5-nano openrouter chat 272000 128000 R
openrouter/openai/gpt-5.2 openrouter chat 272000 128000 RCVF
openrouter/openai/gpt-5.2-chat openrouter chat 128000 16384 CVF
openrouter/openai/gpt-5.2-codex openrouter chat 272000 128000 R
openrouter/openai/gpt-5.2-pro openrouter chat 272000 128000 RVF
openrouter/openai/gpt-oss-120b openrouter chat 131072 32768 RF
openrouter/openai/gpt-oss-20b openrouter chat 131072 32768 RF
openrouter/openai/o1 openrouter chat 200000 100000 CVF
openrouter/openai/o3-mini openrouter chat 128000 65536 RF
openrouter/openai/o3-mini-high openrouter chat 128000 65536 RF
openrouter/qwen/qwen-2.5-coder-32b-instruct openrouter chat 33792 33792
openrouter/qwen/qwen-vl-plus openrouter chat 8192 2048 V
openrouter/qwen/qwen3-235b-a22b-2507 openrouter chat 262144 262144 F
openrouter/qwen/qwen3-235b-a22b-thinking-2507 openrouter chat 262144 262144 RF
openrouter/qwen/qwen3-coder openrouter chat 262100 262100 F
openrouter/switchpoint/router openrouter chat 131072 131072
openrouter/undi95/remm-slerp-l2-13b openrouter chat - 6144
openrouter/x-ai/grok-4 openrouter chat 256000 256000 RF
openrouter/xiaomi/mimo-v2-flash openrouter chat 262144 16384 RF
openrouter/z-ai/glm-4.6 openrouter chat 202800 131000 RCF
openrouter/z-ai/glm-4.6:exacto openrouter chat 202800 131000 RCF
openrouter/z-ai/glm-4.7 openrouter chat 202752 64000 RVF
openrouter/z-ai/glm-4.7-flash openrouter chat 200000 32000 RVF
ovhcloud/DeepSeek-R1-Distill-Llama-70B ovhcloud chat 131000 131000 RF
ovhcloud/Llama-3.1-8B-Instruct ovhcloud chat 131000 131000 F
ovhcloud/Meta-Llama-3_1-70B-Instruct ovhcloud chat 131000 131000
ovhcloud/Meta-Llama-3_3-70B-Instruct ovhcloud chat 131000 131000 F
ovhcloud/Mistral-7B-Instruct-v0.3 ovhcloud chat 127000 127000 F
ovhcloud/Mistral-Nemo-Instruct-2407 ovhcloud chat 118000 118000 F
ovhcloud/Mistral-Small-3.2-24B-Instruct-2506 ovhcloud chat 128000 128000 VF
ovhcloud/Mixtral-8x7B-Instruct-v0.1 ovhcloud chat 32000 32000
ovhcloud/Qwen2.5-Coder-32B-Instruct ovhcloud chat 32000 32000
ovhcloud/Qwen2.5-VL-72B-Instruct ovhcloud chat 32000 32000 V
ovhcloud/Qwen3-32B ovhcloud chat 32000 32000 RF
ovhcloud/gpt-oss-120b ovhcloud chat 131000 131000 R
ovhcloud/gpt-oss-20b ovhcloud chat 131000 131000 R
ovhcloud/llava-v1.6-mistral-7b-hf ovhcloud chat 32000 32000 V
ovhcloud/mamba-codestral-7B-v0.1 ovhcloud chat 256000 256000
palm/chat-bison palm chat 8192 4096
palm/chat-bison-001 palm chat 8192 4096
palm/text-bison palm completion 8192 1024
palm/text-bison-001 palm completion 8192 1024
palm/text-bison-safety-off palm completion 8192 1024
palm/text-bison-safety-recitation-off palm completion 8192 1024
parallel_ai/search parallel_ai search
parallel_ai/search-pro parallel_ai search
perplexity/anthropic/claude-3-5-haiku-20241022 perplexity responses
perplexity/anthropic/claude-3-5-sonnet-20241022 perplexity responses
perplexity/codellama-34b-instruct perplexity chat 16384 16384
perplexity/codellama-70b-instruct perplexity chat 16384 16384
perplexity/google/gemini-2.0-flash-exp perplexity responses
perplexity/google/gemini-2.0-flash-thinking-exp perplexity responses - - R
perplexity/llama-2-70b-chat perplexity chat 4096 4096
perplexity/llama-3.1-70b-instruct perplexity chat 131072 131072
perplexity/llama-3.1-8b-instruct perplexity chat 131072 131072
perplexity/llama-3.1-sonar-huge-128k-online perplexity chat 127072 127072
perplexity/llama-3.1-sonar-large-128k-chat perplexity chat 131072 131072
perplexity/llama-3.1-sonar-large-128k-online perplexity chat 127072 127072
perplexity/llama-3.1-sonar-small-128k-chat perplexity chat 131072 131072
perplexity/llama-3.1-sonar-small-128k-online perplexity chat 127072 127072
perplexity/mistral-7b-instruct perplexity chat 4096 4096
perplexity/mixtral-8x7b-instruct perplexity chat 4096 4096
perplexity/openai/gpt-4o perplexity responses
perplexity/openai/gpt-4o-mini perplexity responses
perplexity/openai/gpt-5.2 perplexity responses - - R
perplexity/pplx-70b-chat perplexity chat 4096 4096
perplexity/pplx-70b-online perplexity chat 4096 4096
perplexity/pplx-7b-chat perplexity chat 8192 8192
perplexity/pplx-7b-online perplexity chat 4096 4096
perplexity/preset/pro-search perplexity responses
perplexity/search perplexity search
perplexity/sonar perplexity chat 128000 128000
perplexity/sonar-deep-research perplexity chat 128000 128000 R
perplexity/sonar-medium-chat perplexity chat 16384 16384
perplexity/sonar-medium-online perplexity chat 12000 12000
perplexity/sonar-pro perplexity chat 200000 8000
perplexity/sonar-reasoning perplexity chat 128000 128000 R
perplexity/sonar-reasoning-pro perplexity chat 128000 128000 R
perplexity/sonar-small-chat perplexity chat 16384 16384
perplexity/sonar-small-online perplexity chat 12000 12000
perplexity/xai/grok-2-1212 perplexity responses
perplexity/xai/grok-2-vision-1212 perplexity responses
publicai/BSC-LT/ALIA-40b-instruct_Q8_0 publicai chat 8192 4096 F
publicai/BSC-LT/salamandra-7b-instruct-tools-16k publicai chat 16384 4096 F
publicai/aisingapore/Gemma-SEA-LION-v4-27B-IT publicai chat 8192 4096 F
publicai/aisingapore/Qwen-SEA-LION-v4-32B-IT publicai chat 32768 4096 F
publicai/allenai/Olmo-3-32B-Think publicai chat 32768 4096 RF
publicai/allenai/Olmo-3-7B-Instruct publicai chat 32768 4096 F
publicai/allenai/Olmo-3-7B-Think publicai chat 32768 4096 RF
publicai/swiss-ai/apertus-70b-instruct publicai chat 8192 4096 F
publicai/swiss-ai/apertus-8b-instruct publicai chat 8192 4096 F
qwen.qwen3-235b-a22b-2507-v1:0 bedrock_converse chat 262144 131072 RF
qwen.qwen3-32b-v1:0 bedrock_converse chat 131072 16384 RF
qwen.qwen3-coder-30b-a3b-v1:0 bedrock_converse chat 262144 131072 RF
qwen.qwen3-coder-480b-a35b-v1:0 bedrock_converse chat 262000 65536 RF
qwen.qwen3-coder-next bedrock_converse chat 262144 8192 F
qwen.qwen3-next-80b-a3b bedrock_converse chat 128000 8192 F
qwen.qwen3-vl-235b-a22b bedrock_converse chat 128000 8192 VF
recraft/recraftv2 recraft image_generation
recraft/recraftv3 recraft image_generation
replicate/anthropic/claude-3.5-haiku replicate chat - - CVF
replicate/anthropic/claude-3.5-sonnet replicate chat - - CVF
replicate/anthropic/claude-3.7-sonnet replicate chat - - CVF
replicate/anthropic/claude-4-sonnet replicate chat - - CVF
replicate/anthropic/claude-4.5-haiku replicate chat - - CVF
replicate/anthropic/claude-4.5-sonnet replicate chat - - CVF
replicate/deepseek-ai/deepseek-r1 replicate chat 65536 8192 R
replicate/deepseek-ai/deepseek-v3 replicate chat 65536 8192 F
replicate/deepseek-ai/deepseek-v3.1 replicate chat 163840 163840 RF
replicate/google/gemini-2.5-flash replicate chat - - VF
replicate/google/gemini-3-pro replicate chat - - VF
replicate/ibm-granite/granite-3.3-8b-instruct replicate chat - - F
replicate/meta/llama-2-13b replicate chat 4096 4096
replicate/meta/llama-2-13b-chat replicate chat 4096 4096
replicate/meta/llama-2-70b replicate chat 4096 4096
replicate/meta/llama-2-70b-chat replicate chat 4096 4096
replicate/meta/llama-2-7b replicate chat 4096 4096
replicate/meta/llama-2-7b-chat replicate chat 4096 4096
replicate/meta/llama-3-70b replicate chat 8192 8192
replicate/meta/llama-3-70b-instruct replicate chat 8192 8192
replicate/meta/llama-3-8b replicate chat 8086 8086
replicate/meta/llama-3-8b-instruct replicate chat 8086 8086
replicate/mistralai/mistral-7b-instruct-v0.2 replicate chat 4096 4096
replicate/mistralai/mistral-7b-v0.1 replicate chat 4096 4096
replicate/mistralai/mixtral-8x7b-instruct-v0.1 replicate chat 4096 4096
replicate/openai/gpt-4.1 replicate chat - - VF
replicate/openai/gpt-4.1-mini replicate chat - - VF
replicate/openai/gpt-4.1-nano replicate chat - - F
replicate/openai/gpt-4o replicate chat - - VF
replicate/openai/gpt-4o-mini replicate chat - - VF
replicate/openai/gpt-5 replicate chat - - VF
replicate/openai/gpt-5-mini replicate chat - - VF
replicate/openai/gpt-5-nano replicate chat - - F
replicate/openai/gpt-oss-120b replicate chat - - F
replicate/openai/o1 replicate chat - - R
replicate/openai/o1-mini replicate chat - - R
replicate/openai/o4-mini replicate chat - - R
replicate/qwen/qwen3-235b-a22b-instruct-2507 replicate chat - - F
replicate/xai/grok-4 replicate chat - - F
replicateopenai/gpt-oss-20b replicate chat - - F
rerank-english-v2.0 cohere rerank 4096 4096
rerank-english-v3.0 cohere rerank 4096 4096
rerank-multilingual-v2.0 cohere rerank 4096 4096
rerank-multilingual-v3.0 cohere rerank 4096 4096
rerank-v3.5 cohere rerank 4096 4096
runwayml/eleven_multilingual_v2 runwayml audio_speech
runwayml/gen3a_turbo runwayml video_generation
runwayml/gen4_aleph runwayml video_generation
runwayml/gen4_image runwayml image_generation
runwayml/gen4_image_turbo runwayml image_generation
runwayml/gen4_turbo runwayml video_generation
sagemaker/meta-textgeneration-llama-2-13b sagemaker completion 4096 4096
sagemaker/meta-textgeneration-llama-2-13b-f sagemaker chat 4096 4096
sagemaker/meta-textgeneration-llama-2-70b sagemaker completion 4096 4096
sagemaker/meta-textgeneration-llama-2-70b-b-f sagemaker chat 4096 4096
sagemaker/meta-textgeneration-llama-2-7b sagemaker completion 4096 4096
sagemaker/meta-textgeneration-llama-2-7b-f sagemaker chat 4096 4096
sambanova/DeepSeek-R1 sambanova chat 32768 32768
sambanova/DeepSeek-R1-Distill-Llama-70B sambanova chat 131072 131072
sambanova/DeepSeek-V3-0324 sambanova chat 32768 32768 RF
sambanova/DeepSeek-V3.1 sambanova chat 32768 32768 RF
sambanova/Llama-4-Maverick-17B-128E-Instruct sambanova chat 131072 131072 VF
sambanova/Llama-4-Scout-17B-16E-Instruct sambanova chat 8192 8192 F
sambanova/Meta-Llama-3.1-405B-Instruct sambanova chat 16384 16384 F
sambanova/Meta-Llama-3.1-8B-Instruct sambanova chat 16384 16384 F
sambanova/Meta-Llama-3.2-1B-Instruct sambanova chat 16384 16384
sambanova/Meta-Llama-3.2-3B-Instruct sambanova chat 4096 4096
sambanova/Meta-Llama-3.3-70B-Instruct sambanova chat 131072 131072 F
sambanova/Meta-Llama-Guard-3-8B sambanova chat 16384 16384
sambanova/QwQ-32B sambanova chat 16384 16384
sambanova/Qwen2-Audio-7B-Instruct sambanova chat 4096 4096
sambanova/Qwen3-32B sambanova chat 8192 8192 RF
sambanova/gpt-oss-120b sambanova chat 131072 131072 RF
sarvam/sarvam-m sarvam chat 8192 32000 R
searxng/search searxng search
snowflake/claude-3-5-sonnet snowflake chat 18000 8192
snowflake/deepseek-r1 snowflake chat 32768 8192 R
snowflake/gemma-7b snowflake chat 8000 8192
snowflake/jamba-1.5-large snowflake chat 256000 8192
snowflake/jamba-1.5-mini snowflake chat 256000 8192
snowflake/jamba-instruct snowflake chat 256000 8192
snowflake/llama2-70b-chat snowflake chat 4096 8192
snowflake/llama3-70b snowflake chat 8000 8192
snowflake/llama3-8b snowflake chat 8000 8192
snowflake/llama3.1-405b snowflake chat 128000 8192
snowflake/llama3.1-70b snowflake chat 128000 8192
snowflake/llama3.1-8b snowflake chat 128000 8192
snowflake/llama3.2-1b snowflake chat 128000 8192
snowflake/llama3.2-3b snowflake chat 128000 8192
snowflake/llama3.3-70b snowflake chat 128000 8192
snowflake/mistral-7b snowflake chat 32000 8192
snowflake/mistral-large snowflake chat 32000 8192
snowflake/mistral-large2 snowflake chat 128000 8192
snowflake/mixtral-8x7b snowflake chat 32000 8192
snowflake/reka-core snowflake chat 32000 8192
snowflake/reka-flash snowflake chat 100000 8192
snowflake/snowflake-arctic snowflake chat 4096 8192
snowflake/snowflake-llama-3.1-405b snowflake chat 8000 8192
snowflake/snowflake-llama-3.3-70b snowflake chat 8000 8192
sora-2 openai video_generation
sora-2-pro openai video_generation
sora-2-pro-high-res openai video_generation
stability.sd3-5-large-v1:0 bedrock image_generation 77 77
stability.sd3-large-v1:0 bedrock image_generation 77 77
stability.stable-conservative-upscale-v1:0 bedrock image_edit 77
stability.stable-creative-upscale-v1:0 bedrock image_edit 77
stability.stable-fast-upscale-v1:0 bedrock image_edit 77
stability.stable-image-control-sketch-v1:0 bedrock image_edit 77
stability.stable-image-control-structure-v1:0 bedrock image_edit 77
stability.stable-image-core-v1:0 bedrock image_generation 77 77
stability.stable-image-core-v1:1 bedrock image_generation 77 77
stability.stable-image-erase-object-v1:0 bedrock image_edit 77
stability.stable-image-inpaint-v1:0 bedrock image_edit 77
stability.stable-image-remove-background-v1:0 bedrock image_edit 77
stability.stable-image-search-recolor-v1:0 bedrock image_edit 77
stability.stable-image-search-replace-v1:0 bedrock image_edit 77
stability.stable-image-style-guide-v1:0 bedrock image_edit 77
stability.stable-image-ultra-v1:0 bedrock image_generation 77 77
stability.stable-image-ultra-v1:1 bedrock image_generation 77 77
stability.stable-outpaint-v1:0 bedrock image_edit 77
stability.stable-style-transfer-v1:0 bedrock image_edit 77
stability/conservative stability image_edit
stability/creative stability image_edit
stability/erase stability image_edit
stability/fast stability image_edit
stability/inpaint stability image_edit
stability/outpaint stability image_edit
stability/remove-background stability image_edit
stability/replace-background-and-relight stability image_edit
stability/sd3 stability image_generation
stability/sd3-large stability image_generation
stability/sd3-large-turbo stability image_generation
stability/sd3-medium stability image_generation
stability/sd3.5-large stability image_generation
stability/sd3.5-large-turbo stability image_generation
stability/sd3.5-medium stability image_generation
stability/search-and-recolor stability image_edit
stability/search-and-replace stability image_edit
stability/sketch stability image_edit
stability/stable-image-core stability image_generation
stability/stable-image-ultra stability image_generation
stability/structure stability image_edit
stability/style stability image_edit
stability/style-transfer stability image_edit
standard/1024-x-1024/dall-e-3 openai image_generation
standard/1024-x-1024/gpt-image-1.5 openai image_generation - - V
standard/1024-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
standard/1024-x-1536/gpt-image-1.5 openai image_generation - - V
standard/1024-x-1536/gpt-image-1.5-2025-12-16 openai image_generation - - V
standard/1024-x-1792/dall-e-3 openai image_generation
standard/1536-x-1024/gpt-image-1.5 openai image_generation - - V
standard/1536-x-1024/gpt-image-1.5-2025-12-16 openai image_generation - - V
standard/1792-x-1024/dall-e-3 openai image_generation
tavily/search tavily search
tavily/search-advanced tavily search
text-bison vertex_ai-text-models completion 8192 2048
text-bison32k vertex_ai-text-models completion 8192 1024
text-bison32k@002 vertex_ai-text-models completion 8192 1024
text-bison@001 vertex_ai-text-models completion 8192 1024
text-bison@002 vertex_ai-text-models completion 8192 1024
text-completion-codestral/codestral-2405 text-completion-codestral completion 32000 8191
text-completion-codestral/codestral-latest text-completion-codestral completion 32000 8191
text-embedding-004 vertex_ai-embedding-models embedding 2048 2048
text-embedding-005 vertex_ai-embedding-models embedding 2048 2048
text-embedding-3-large openai embedding 8191 8191
text-embedding-3-small openai embedding 8191 8191
text-embedding-ada-002 openai embedding 8191 8191
text-embedding-ada-002-v2 openai embedding 8191 8191
text-embedding-large-exp-03-07 vertex_ai-embedding-models embedding 8192 8192
text-embedding-preview-0409 vertex_ai-embedding-models embedding 3072 3072
text-moderation-007 openai moderation 32768
text-moderation-latest openai moderation 32768
text-moderation-stable openai moderation 32768
text-multilingual-embedding-002 vertex_ai-embedding-models embedding 2048 2048
text-multilingual-embedding-preview-0409 vertex_ai-embedding-models embedding 3072 3072
text-unicorn vertex_ai-text-models completion 8192 1024
text-unicorn@001 vertex_ai-text-models completion 8192 1024
textembedding-gecko vertex_ai-embedding-models embedding 3072 3072
textembedding-gecko-multilingual vertex_ai-embedding-models embedding 3072 3072
textembedding-gecko-multilingual@001 vertex_ai-embedding-models embedding 3072 3072
textembedding-gecko@001 vertex_ai-embedding-models embedding 3072 3072
textembedding-gecko@003 vertex_ai-embedding-models embedding 3072 3072
together-ai-21.1b-41b together_ai chat
together-ai-4.1b-8b together_ai chat
together-ai-41.1b-80b together_ai chat
together-ai-8.1b-21b together_ai chat - 1000
together-ai-81.1b-110b together_ai chat
together-ai-embedding-151m-to-350m together_ai embedding
together-ai-embedding-up-to-150m together_ai embedding
together-ai-up-to-4b together_ai chat
together_ai/BAAI/bge-base-en-v1.5 together_ai embedding 512
together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo together_ai chat - - F
together_ai/Qwen/Qwen2.5-7B-Instruct-Turbo together_ai chat - - F
together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput together_ai chat 262000 - F
together_ai/Qwen/Qwen3-235B-A22B-Thinking-2507 together_ai chat 256000 - F
together_ai/Qwen/Qwen3-235B-A22B-fp8-tput together_ai chat 40000
together_ai/Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8 together_ai chat 256000 - F
together_ai/Qwen/Qwen3-Next-80B-A3B-Instruct together_ai chat 262144 - F
together_ai/Qwen/Qwen3-Next-80B-A3B-Thinking together_ai chat 262144 - F
together_ai/baai/bge-base-en-v1.5 together_ai embedding 512
together_ai/deepseek-ai/DeepSeek-R1 together_ai chat 128000 20480 F
together_ai/deepseek-ai/DeepSeek-R1-0528-tput together_ai chat 128000 - F
together_ai/deepseek-ai/DeepSeek-V3 together_ai chat 65536 8192 F
together_ai/deepseek-ai/DeepSeek-V3.1 together_ai chat - 128000 RF
together_ai/meta-llama/Llama-3.2-3B-Instruct-Turbo together_ai chat - - F
together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo together_ai chat - - F
together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo-Free together_ai chat - - F
together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 together_ai chat - - F
together_ai/meta-llama/Llama-4-Scout-17B-16E-Instruct together_ai chat - - F
together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo together_ai chat - - F
together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo together_ai chat - - F
together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo together_ai chat - - F
together_ai/mistralai/Mistral-7B-Instruct-v0.1 together_ai chat - - F
together_ai/mistralai/Mistral-Small-24B-Instruct-2501 together_ai chat - - F
together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1 together_ai chat - - F
together_ai/moonshotai/Kimi-K2-Instruct together_ai chat - - F
together_ai/moonshotai/Kimi-K2-Instruct-0905 together_ai chat 262144 - F
together_ai/moonshotai/Kimi-K2.5 together_ai chat 256000 256000 RVF
together_ai/openai/gpt-oss-120b together_ai chat 128000 - F
together_ai/openai/gpt-oss-20b together_ai chat 128000 - F
together_ai/togethercomputer/CodeLlama-34b-Instruct together_ai chat - - F
together_ai/zai-org/GLM-4.5-Air-FP8 together_ai chat 128000 - F
together_ai/zai-org/GLM-4.6 together_ai chat 200000 200000 RF
together_ai/zai-org/GLM-4.7 together_ai chat 200000 200000 RF
tts-1 openai audio_speech
tts-1-1106 openai audio_speech
tts-1-hd openai audio_speech
tts-1-hd-1106 openai audio_speech
twelvelabs.marengo-embed-2-7-v1:0 bedrock embedding 77 77
twelvelabs.pegasus-1-2-v1:0 bedrock chat
us.amazon.nova-2-lite-v1:0 bedrock_converse chat 1000000 64000 RCVF
us.amazon.nova-2-pro-preview-20251202-v1:0 bedrock_converse chat 1000000 64000 RCVF
us.amazon.nova-lite-v1:0 bedrock_converse chat 300000 10000 CVF
us.amazon.nova-micro-v1:0 bedrock_converse chat 128000 10000 CF
us.amazon.nova-premier-v1:0 bedrock_converse chat 1000000 10000 VF
us.amazon.nova-pro-v1:0 bedrock_converse chat 300000 10000 CVF
us.anthropic.claude-3-5-haiku-20241022-v1:0 bedrock chat 200000 8192 CF
us.anthropic.claude-3-5-sonnet-20240620-v1:0 bedrock chat 200000 4096 VF
us.anthropic.claude-3-5-sonnet-20241022-v2:0 bedrock chat 200000 8192 CVF
us.anthropic.claude-3-7-sonnet-20250219-v1:0 bedrock_converse chat 200000 8192 RCVF
us.anthropic.claude-3-haiku-20240307-v1:0 bedrock chat 200000 4096 VF
us.anthropic.claude-3-opus-20240229-v1:0 bedrock chat 200000 4096 VF
us.anthropic.claude-3-sonnet-20240229-v1:0 bedrock chat 200000 4096 VF
us.anthropic.claude-haiku-4-5-20251001-v1:0 bedrock_converse chat 200000 64000 RCVF
us.anthropic.claude-opus-4-1-20250805-v1:0 bedrock_converse chat 200000 32000 RCVF
us.anthropic.claude-opus-4-20250514-v1:0 bedrock_converse chat 200000 32000 RCVF
us.anthropic.claude-opus-4-5-20251101-v1:0 bedrock_converse chat 200000 64000 RCVF
us.anthropic.claude-opus-4-6-v1 bedrock_converse chat 1000000 128000 RCVF
us.anthropic.claude-sonnet-4-20250514-v1:0 bedrock_converse chat 1000000 64000 RCVF
us.anthropic.claude-sonnet-4-5-20250929-v1:0 bedrock_converse chat 200000 64000 RCVF
us.deepseek.r1-v1:0 bedrock_converse chat 128000 4096 R
us.deepseek.v3.2 bedrock_converse chat 163840 163840 RF
us.meta.llama3-1-405b-instruct-v1:0 bedrock chat 128000 4096 F
us.meta.llama3-1-70b-instruct-v1:0 bedrock chat 128000 2048 F
us.meta.llama3-1-8b-instruct-v1:0 bedrock chat 128000 2048 F
us.meta.llama3-2-11b-instruct-v1:0 bedrock chat 128000 4096 VF
us.meta.llama3-2-1b-instruct-v1:0 bedrock chat 128000 4096 F
us.meta.llama3-2-3b-instruct-v1:0 bedrock chat 128000 4096 F
us.meta.llama3-2-90b-instruct-v1:0 bedrock chat 128000 4096 VF
us.meta.llama3-3-70b-instruct-v1:0 bedrock_converse chat 128000 4096 F
us.meta.llama4-maverick-17b-instruct-v1:0 bedrock_converse chat 128000 4096 F
us.meta.llama4-scout-17b-instruct-v1:0 bedrock_converse chat 128000 4096 F
us.mistral.pixtral-large-2502-v1:0 bedrock_converse chat 128000 4096 F
us.twelvelabs.marengo-embed-2-7-v1:0 bedrock embedding 77 77
us.twelvelabs.pegasus-1-2-v1:0 bedrock chat
us.writer.palmyra-x4-v1:0 bedrock_converse chat 128000 8192 F
us.writer.palmyra-x5-v1:0 bedrock_converse chat 1000000 8192 F
us/claude-opus-4-6 anthropic chat 200000 128000 RCVF
us/claude-opus-4-6-20260205 anthropic chat 200000 128000 RCVF
v0/v0-1.0-md v0 chat 128000 128000 VF
v0/v0-1.5-lg v0 chat 512000 512000 VF
v0/v0-1.5-md v0 chat 128000 128000 VF
vercel_ai_gateway/alibaba/qwen-3-14b vercel_ai_gateway chat 40960 16384
vercel_ai_gateway/alibaba/qwen-3-235b vercel_ai_gateway chat 40960 16384
vercel_ai_gateway/alibaba/qwen-3-30b vercel_ai_gateway chat 40960 16384
vercel_ai_gateway/alibaba/qwen-3-32b vercel_ai_gateway chat 40960 16384 F
vercel_ai_gateway/alibaba/qwen3-coder vercel_ai_gateway chat 262144 66536 F
vercel_ai_gateway/amazon/nova-lite vercel_ai_gateway chat 300000 8192 VF
vercel_ai_gateway/amazon/nova-micro vercel_ai_gateway chat 128000 8192 F
vercel_ai_gateway/amazon/nova-pro vercel_ai_gateway chat 300000 8192 VF
vercel_ai_gateway/amazon/titan-embed-text-v2 vercel_ai_gateway chat
vercel_ai_gateway/anthropic/claude-3-5-sonnet vercel_ai_gateway chat 200000 8192 CVF
vercel_ai_gateway/anthropic/claude-3-5-sonnet-20241022 vercel_ai_gateway chat 200000 8192 CVF
vercel_ai_gateway/anthropic/claude-3-7-sonnet vercel_ai_gateway chat 200000 64000 RCVF
vercel_ai_gateway/anthropic/claude-3-haiku vercel_ai_gateway chat 200000 4096 VF
vercel_ai_gateway/anthropic/claude-3-opus vercel_ai_gateway chat 200000 4096 VF
vercel_ai_gateway/anthropic/claude-3.5-haiku vercel_ai_gateway chat 200000 8192 VF
vercel_ai_gateway/anthropic/claude-3.5-sonnet vercel_ai_gateway chat 200000 8192 VF
vercel_ai_gateway/anthropic/claude-3.7-sonnet vercel_ai_gateway chat 200000 64000 VF
vercel_ai_gateway/anthropic/claude-4-opus vercel_ai_gateway chat 200000 32000 VF
vercel_ai_gateway/anthropic/claude-4-sonnet vercel_ai_gateway chat 200000 64000 F
vercel_ai_gateway/anthropic/claude-haiku-4.5 vercel_ai_gateway chat 200000 64000 RCVF
vercel_ai_gateway/anthropic/claude-opus-4 vercel_ai_gateway chat 200000 32000 RCVF
vercel_ai_gateway/anthropic/claude-opus-4.1 vercel_ai_gateway chat 200000 32000 RCVF
vercel_ai_gateway/anthropic/claude-opus-4.5 vercel_ai_gateway chat 200000 64000 RCVF
vercel_ai_gateway/anthropic/claude-opus-4.6 vercel_ai_gateway chat 200000 64000 RCVF
vercel_ai_gateway/anthropic/claude-sonnet-4 vercel_ai_gateway chat 200000 64000 RCVF
vercel_ai_gateway/anthropic/claude-sonnet-4.5 vercel_ai_gateway chat 1000000 64000 RCVF
vercel_ai_gateway/cohere/command-a vercel_ai_gateway chat 256000 8000 F
vercel_ai_gateway/cohere/command-r vercel_ai_gateway chat 128000 4096 F
vercel_ai_gateway/cohere/command-r-plus vercel_ai_gateway chat 128000 4096 F
vercel_ai_gateway/cohere/embed-v4.0 vercel_ai_gateway chat
vercel_ai_gateway/deepseek/deepseek-r1 vercel_ai_gateway chat 128000 8192
vercel_ai_gateway/deepseek/deepseek-r1-distill-llama-70b vercel_ai_gateway chat 131072 131072 F
vercel_ai_gateway/deepseek/deepseek-v3 vercel_ai_gateway chat 128000 8192
vercel_ai_gateway/google/gemini-2.0-flash vercel_ai_gateway chat 1048576 8192 VF
vercel_ai_gateway/google/gemini-2.0-flash-lite vercel_ai_gateway chat 1048576 8192 VF
vercel_ai_gateway/google/gemini-2.5-flash vercel_ai_gateway chat 1000000 65536 VF
vercel_ai_gateway/google/gemini-2.5-pro vercel_ai_gateway chat 1048576 65536 VF
vercel_ai_gateway/google/gemini-embedding-001 vercel_ai_gateway embedding
vercel_ai_gateway/google/gemma-2-9b vercel_ai_gateway chat 8192 8192 VF
vercel_ai_gateway/google/text-embedding-005 vercel_ai_gateway embedding
vercel_ai_gateway/google/text-multilingual-embedding-002 vercel_ai_gateway embedding
vercel_ai_gateway/inception/mercury-coder-small vercel_ai_gateway chat 32000 16384
vercel_ai_gateway/meta/llama-3-70b vercel_ai_gateway chat 8192 8192
vercel_ai_gateway/meta/llama-3-8b vercel_ai_gateway chat 8192 8192
vercel_ai_gateway/meta/llama-3.1-70b vercel_ai_gateway chat 128000 8192
vercel_ai_gateway/meta/llama-3.1-8b vercel_ai_gateway chat 131000 131072 F
vercel_ai_gateway/meta/llama-3.2-11b vercel_ai_gateway chat 128000 8192 VF
vercel_ai_gateway/meta/llama-3.2-1b vercel_ai_gateway chat 128000 8192
vercel_ai_gateway/meta/llama-3.2-3b vercel_ai_gateway chat 128000 8192 F
vercel_ai_gateway/meta/llama-3.2-90b vercel_ai_gateway chat 128000 8192 VF
vercel_ai_gateway/meta/llama-3.3-70b vercel_ai_gateway chat 128000 8192 F
vercel_ai_gateway/meta/llama-4-maverick vercel_ai_gateway chat 131072 8192
vercel_ai_gateway/meta/llama-4-scout vercel_ai_gateway chat 131072 8192 VF
vercel_ai_gateway/mistral/codestral vercel_ai_gateway chat 256000 4000 F
vercel_ai_gateway/mistral/codestral-embed vercel_ai_gateway chat
vercel_ai_gateway/mistral/devstral-small vercel_ai_gateway chat 128000 128000 F
vercel_ai_gateway/mistral/magistral-medium vercel_ai_gateway chat 128000 64000 F
vercel_ai_gateway/mistral/magistral-small vercel_ai_gateway chat 128000 64000 F
vercel_ai_gateway/mistral/ministral-3b vercel_ai_gateway chat 128000 4000 F
vercel_ai_gateway/mistral/ministral-8b vercel_ai_gateway chat 128000 4000 VF
vercel_ai_gateway/mistral/mistral-embed vercel_ai_gateway chat
vercel_ai_gateway/mistral/mistral-large vercel_ai_gateway chat 32000 4000 F
vercel_ai_gateway/mistral/mistral-saba-24b vercel_ai_gateway chat 32768 32768
vercel_ai_gateway/mistral/mistral-small vercel_ai_gateway chat 32000 4000 F
vercel_ai_gateway/mistral/mixtral-8x22b-instruct vercel_ai_gateway chat 65536 2048 F
vercel_ai_gateway/mistral/pixtral-12b vercel_ai_gateway chat 128000 4000 VF
vercel_ai_gateway/mistral/pixtral-large vercel_ai_gateway chat 128000 4000 VF
vercel_ai_gateway/moonshotai/kimi-k2 vercel_ai_gateway chat 131072 16384 F
vercel_ai_gateway/morph/morph-v3-fast vercel_ai_gateway chat 32768 16384
vercel_ai_gateway/morph/morph-v3-large vercel_ai_gateway chat 32768 16384
vercel_ai_gateway/openai/gpt-3.5-turbo vercel_ai_gateway chat 16385 4096 F
vercel_ai_gateway/openai/gpt-3.5-turbo-instruct vercel_ai_gateway chat 8192 4096
vercel_ai_gateway/openai/gpt-4-turbo vercel_ai_gateway chat 128000 4096 VF
vercel_ai_gateway/openai/gpt-4.1 vercel_ai_gateway chat 1047576 32768 VF
vercel_ai_gateway/openai/gpt-4.1-mini vercel_ai_gateway chat 1047576 32768 VF
vercel_ai_gateway/openai/gpt-4.1-nano vercel_ai_gateway chat 1047576 32768 VF
vercel_ai_gateway/openai/gpt-4o vercel_ai_gateway chat 128000 16384 VF
vercel_ai_gateway/openai/gpt-4o-mini vercel_ai_gateway chat 128000 16384 VF
vercel_ai_gateway/openai/o1 vercel_ai_gateway chat 200000 100000 VF
vercel_ai_gateway/openai/o3 vercel_ai_gateway chat 200000 100000 VF
vercel_ai_gateway/openai/o3-mini vercel_ai_gateway chat 200000 100000 F
vercel_ai_gateway/openai/o4-mini vercel_ai_gateway chat 200000 100000 VF
vercel_ai_gateway/openai/text-embedding-3-large vercel_ai_gateway embedding
vercel_ai_gateway/openai/text-embedding-3-small vercel_ai_gateway embedding
vercel_ai_gateway/openai/text-embedding-ada-002 vercel_ai_gateway embedding
vercel_ai_gateway/perplexity/sonar vercel_ai_gateway chat 127000 8000
vercel_ai_gateway/perplexity/sonar-pro vercel_ai_gateway chat 200000 8000
vercel_ai_gateway/perplexity/sonar-reasoning vercel_ai_gateway chat 127000 8000
vercel_ai_gateway/perplexity/sonar-reasoning-pro vercel_ai_gateway chat 127000 8000
vercel_ai_gateway/vercel/v0-1.0-md vercel_ai_gateway chat 128000 32000 VF
vercel_ai_gateway/vercel/v0-1.5-md vercel_ai_gateway chat 128000 32768 VF
vercel_ai_gateway/xai/grok-2 vercel_ai_gateway chat 131072 4000 F
vercel_ai_gateway/xai/grok-2-vision vercel_ai_gateway chat 32768 32768 VF
vercel_ai_gateway/xai/grok-3 vercel_ai_gateway chat 131072 131072 F
vercel_ai_gateway/xai/grok-3-fast vercel_ai_gateway chat 131072 131072 F
vercel_ai_gateway/xai/grok-3-mini vercel_ai_gateway chat 131072 131072 F
vercel_ai_gateway/xai/grok-3-mini-fast vercel_ai_gateway chat 131072 131072 F
vercel_ai_gateway/xai/grok-4 vercel_ai_gateway chat 256000 256000 F
vercel_ai_gateway/zai/glm-4.5 vercel_ai_gateway chat 131072 131072 F
vercel_ai_gateway/zai/glm-4.5-air vercel_ai_gateway chat 128000 96000 F
vercel_ai_gateway/zai/glm-4.6 vercel_ai_gateway chat 200000 200000 F
vertex_ai/chirp vertex_ai audio_speech
vertex_ai/claude-3-5-haiku vertex_ai-anthropic_models chat 200000 8192 F
vertex_ai/claude-3-5-haiku@20241022 vertex_ai-anthropic_models chat 200000 8192 F
vertex_ai/claude-3-5-sonnet vertex_ai-anthropic_models chat 200000 8192 VF
vertex_ai/claude-3-5-sonnet-v2 vertex_ai-anthropic_models chat 200000 8192 VF
vertex_ai/claude-3-5-sonnet-v2@20241022 vertex_ai-anthropic_models chat 200000 8192 VF
vertex_ai/claude-3-5-sonnet@20240620 vertex_ai-anthropic_models chat 200000 8192 VF
vertex_ai/claude-3-7-sonnet@20250219 vertex_ai-anthropic_models chat 200000 8192 RCVF
vertex_ai/claude-3-haiku vertex_ai-anthropic_models chat 200000 4096 VF
vertex_ai/claude-3-haiku@20240307 vertex_ai-anthropic_models chat 200000 4096 VF
vertex_ai/claude-3-opus vertex_ai-anthropic_models chat 200000 4096 VF
vertex_ai/claude-3-opus@20240229 vertex_ai-anthropic_models chat 200000 4096 VF
vertex_ai/claude-3-sonnet vertex_ai-anthropic_models chat 200000 4096 VF
vertex_ai/claude-3-sonnet@20240229 vertex_ai-anthropic_models chat 200000 4096 VF
vertex_ai/claude-haiku-4-5@20251001 vertex_ai-anthropic_models chat 200000 8192 RCVF
vertex_ai/claude-opus-4 vertex_ai-anthropic_models chat 200000 32000 RCVF
vertex_ai/claude-opus-4-1 vertex_ai-anthropic_models chat 200000 32000 VF
vertex_ai/claude-opus-4-1@20250805 vertex_ai-anthropic_models chat 200000 32000 VF
vertex_ai/claude-opus-4-5 vertex_ai-anthropic_models chat 200000 64000 RCVF
vertex_ai/claude-opus-4-5@20251101 vertex_ai-anthropic_models chat 200000 64000 RCVF
vertex_ai/claude-opus-4-6 vertex_ai-anthropic_models chat 1000000 128000 RCVF
vertex_ai/claude-opus-4@20250514 vertex_ai-anthropic_models chat 200000 32000 RCVF
vertex_ai/claude-sonnet-4 vertex_ai-anthropic_models chat 1000000 64000 RCVF
vertex_ai/claude-sonnet-4-5 vertex_ai-anthropic_models chat 200000 64000 RCVF
vertex_ai/claude-sonnet-4-5@20250929 vertex_ai-anthropic_models chat 200000 64000 RCVF
vertex_ai/claude-sonnet-4@20250514 vertex_ai-anthropic_models chat 1000000 64000 RCVF
vertex_ai/codestral-2 vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/codestral-2501 vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/codestral-2@001 vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/codestral@2405 vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/codestral@latest vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/deep-research-pro-preview-12-2025 vertex_ai-language-models image_generation 65536 32768
vertex_ai/deepseek-ai/deepseek-ocr-maas vertex_ai ocr
vertex_ai/deepseek-ai/deepseek-r1-0528-maas vertex_ai-deepseek_models chat 65336 8192 RCF
vertex_ai/deepseek-ai/deepseek-v3.1-maas vertex_ai-deepseek_models chat 163840 32768 RCF
vertex_ai/deepseek-ai/deepseek-v3.2-maas vertex_ai-deepseek_models chat 163840 32768 RCF
vertex_ai/gemini-2.5-flash-image vertex_ai-language-models image_generation 32768 32768 CVF
vertex_ai/gemini-3-flash-preview vertex_ai chat 1048576 65535 RCVF
vertex_ai/gemini-3-pro-image-preview vertex_ai-language-models image_generation 65536 32768
vertex_ai/gemini-3-pro-preview vertex_ai chat 1048576 65535 RCVF
vertex_ai/imagegeneration@006 vertex_ai-image-models image_generation
vertex_ai/imagen-3.0-capability-001 vertex_ai-image-models image_generation
vertex_ai/imagen-3.0-fast-generate-001 vertex_ai-image-models image_generation
vertex_ai/imagen-3.0-generate-001 vertex_ai-image-models image_generation
vertex_ai/imagen-3.0-generate-002 vertex_ai-image-models image_generation
vertex_ai/imagen-4.0-fast-generate-001 vertex_ai-image-models image_generation
vertex_ai/imagen-4.0-generate-001 vertex_ai-image-models image_generation
vertex_ai/imagen-4.0-ultra-generate-001 vertex_ai-image-models image_generation
vertex_ai/jamba-1.5 vertex_ai-ai21_models chat 256000 256000
vertex_ai/jamba-1.5-large vertex_ai-ai21_models chat 256000 256000
vertex_ai/jamba-1.5-large@001 vertex_ai-ai21_models chat 256000 256000
vertex_ai/jamba-1.5-mini vertex_ai-ai21_models chat 256000 256000
vertex_ai/jamba-1.5-mini@001 vertex_ai-ai21_models chat 256000 256000
vertex_ai/meta/llama-3.1-405b-instruct-maas vertex_ai-llama_models chat 128000 2048 V
vertex_ai/meta/llama-3.1-70b-instruct-maas vertex_ai-llama_models chat 128000 2048 V
vertex_ai/meta/llama-3.1-8b-instruct-maas vertex_ai-llama_models chat 128000 2048 V
vertex_ai/meta/llama-3.2-90b-vision-instruct-maas vertex_ai-llama_models chat 128000 2048 V
vertex_ai/meta/llama-4-maverick-17b-128e-instruct-maas vertex_ai-llama_models chat 1000000 1000000 F
vertex_ai/meta/llama-4-maverick-17b-16e-instruct-maas vertex_ai-llama_models chat 1000000 1000000 F
vertex_ai/meta/llama-4-scout-17b-128e-instruct-maas vertex_ai-llama_models chat 10000000 10000000 F
vertex_ai/meta/llama-4-scout-17b-16e-instruct-maas vertex_ai-llama_models chat 10000000 10000000 F
vertex_ai/meta/llama3-405b-instruct-maas vertex_ai-llama_models chat 32000 32000
vertex_ai/meta/llama3-70b-instruct-maas vertex_ai-llama_models chat 32000 32000
vertex_ai/meta/llama3-8b-instruct-maas vertex_ai-llama_models chat 32000 32000
vertex_ai/minimaxai/minimax-m2-maas vertex_ai-minimax_models chat 196608 196608 F
vertex_ai/mistral-large-2411 vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/mistral-large@2407 vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/mistral-large@2411-001 vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/mistral-large@latest vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/mistral-medium-3 vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/mistral-medium-3@001 vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/mistral-nemo@2407 vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/mistral-nemo@latest vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/mistral-ocr-2505 vertex_ai ocr
vertex_ai/mistral-small-2503 vertex_ai-mistral_models chat 128000 128000 VF
vertex_ai/mistral-small-2503@001 vertex_ai-mistral_models chat 32000 8191 F
vertex_ai/mistralai/codestral-2 vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/mistralai/codestral-2@001 vertex_ai-mistral_models chat 128000 128000 F
vertex_ai/mistralai/mistral-medium-3 vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/mistralai/mistral-medium-3@001 vertex_ai-mistral_models chat 128000 8191 F
vertex_ai/moonshotai/kimi-k2-thinking-maas vertex_ai-moonshot_models chat 256000 256000 F
vertex_ai/openai/gpt-oss-120b-maas vertex_ai-openai_models chat 131072 32768 R
vertex_ai/openai/gpt-oss-20b-maas vertex_ai-openai_models chat 131072 32768 R
vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas vertex_ai-qwen_models chat 262144 16384 F
vertex_ai/qwen/qwen3-coder-480b-a35b-instruct-maas vertex_ai-qwen_models chat 262144 32768 F
vertex_ai/qwen/qwen3-next-80b-a3b-instruct-maas vertex_ai-qwen_models chat 262144 262144 F
vertex_ai/qwen/qwen3-next-80b-a3b-thinking-maas vertex_ai-qwen_models chat 262144 262144 F
vertex_ai/search_api vertex_ai vector_store
vertex_ai/veo-2.0-generate-001 vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.0-fast-generate-001 vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.0-fast-generate-preview vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.0-generate-001 vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.0-generate-preview vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.1-fast-generate-001 vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.1-fast-generate-preview vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.1-generate-001 vertex_ai-video-models video_generation 1024 1024
vertex_ai/veo-3.1-generate-preview vertex_ai-video-models video_generation 1024 1024
vertex_ai/zai-org/glm-4.7-maas vertex_ai-zai_models chat 200000 128000 RF
vertex_ai/zai-org/glm-5-maas vertex_ai-zai_models chat 200000 128000 RCF
voyage/rerank-2 voyage rerank 16000 16000
voyage/rerank-2-lite voyage rerank 8000 8000
voyage/rerank-2.5 voyage rerank 32000 32000
voyage/rerank-2.5-lite voyage rerank 32000 32000
voyage/voyage-2 voyage embedding 4000 4000
voyage/voyage-3 voyage embedding 32000 32000
voyage/voyage-3-large voyage embedding 32000 32000
voyage/voyage-3-lite voyage embedding 32000 32000
voyage/voyage-3.5 voyage embedding 32000 32000
voyage/voyage-3.5-lite voyage embedding 32000 32000
voyage/voyage-code-2 voyage embedding 16000 16000
voyage/voyage-code-3 voyage embedding 32000 32000
voyage/voyage-context-3 voyage embedding 120000 120000
voyage/voyage-finance-2 voyage embedding 32000 32000
voyage/voyage-large-2 voyage embedding 16000 16000
voyage/voyage-law-2 voyage embedding 16000 16000
voyage/voyage-lite-01 voyage embedding 4096 4096
voyage/voyage-lite-02-instruct voyage embedding 4000 4000
voyage/voyage-multimodal-3 voyage embedding 32000 32000
wandb/Qwen/Qwen3-235B-A22B-Instruct-2507 wandb chat 262144 262144
wandb/Qwen/Qwen3-235B-A22B-Thinking-2507 wandb chat 262144 262144
wandb/Qwen/Qwen3-Coder-480B-A35B-Instruct wandb chat 262144 262144
wandb/deepseek-ai/DeepSeek-R1-0528 wandb chat 161000 161000
wandb/deepseek-ai/DeepSeek-V3-0324 wandb chat 161000 161000
wandb/deepseek-ai/DeepSeek-V3.1 wandb chat 128000 128000
wandb/meta-llama/Llama-3.1-8B-Instruct wandb chat 128000 128000
wandb/meta-llama/Llama-3.3-70B-Instruct wandb chat 128000 128000
wandb/meta-llama/Llama-4-Scout-17B-16E-Instruct wandb chat 64000 64000
wandb/microsoft/Phi-4-mini-instruct wandb chat 128000 128000
wandb/moonshotai/Kimi-K2-Instruct wandb chat 128000 128000
wandb/openai/gpt-oss-120b wandb chat 131072 131072
wandb/openai/gpt-oss-20b wandb chat 131072 131072
wandb/zai-org/GLM-4.5 wandb chat 131072 131072
watsonx/bigscience/mt0-xxl-13b watsonx chat 8192 8192
watsonx/core42/jais-13b-chat watsonx chat 8192 8192
watsonx/google/flan-t5-xl-3b watsonx chat 8192 8192
watsonx/ibm/granite-13b-chat-v2 watsonx chat 8192 8192
watsonx/ibm/granite-13b-instruct-v2 watsonx chat 8192 8192
watsonx/ibm/granite-3-3-8b-instruct watsonx chat 8192 8192 F
watsonx/ibm/granite-3-8b-instruct watsonx chat 8192 1024 CF
watsonx/ibm/granite-4-h-small watsonx chat 20480 20480 F
watsonx/ibm/granite-guardian-3-2-2b watsonx chat 8192 8192
watsonx/ibm/granite-guardian-3-3-8b watsonx chat 8192 8192
watsonx/ibm/granite-ttm-1024-96-r2 watsonx chat 512 512
watsonx/ibm/granite-ttm-1536-96-r2 watsonx chat 512 512
watsonx/ibm/granite-ttm-512-96-r2 watsonx chat 512 512
watsonx/ibm/granite-vision-3-2-2b watsonx chat 8192 8192 V
watsonx/meta-llama/llama-3-2-11b-vision-instruct watsonx chat 128000 128000 VF
watsonx/meta-llama/llama-3-2-1b-instruct watsonx chat 128000 128000 F
watsonx/meta-llama/llama-3-2-3b-instruct watsonx chat 128000 128000 F
watsonx/meta-llama/llama-3-2-90b-vision-instruct watsonx chat 128000 128000 VF
watsonx/meta-llama/llama-3-3-70b-instruct watsonx chat 128000 128000 F
watsonx/meta-llama/llama-4-maverick-17b watsonx chat 128000 128000 F
watsonx/meta-llama/llama-guard-3-11b-vision watsonx chat 128000 128000 V
watsonx/mistralai/mistral-large watsonx chat 131072 16384 CF
watsonx/mistralai/mistral-medium-2505 watsonx chat 128000 128000 F
watsonx/mistralai/mistral-small-2503 watsonx chat 32000 32000 F
watsonx/mistralai/mistral-small-3-1-24b-instruct-2503 watsonx chat 32000 32000 F
watsonx/mistralai/pixtral-12b-2409 watsonx chat 128000 128000 V
watsonx/openai/gpt-oss-120b watsonx chat 8192 8192
watsonx/sdaia/allam-1-13b-instruct watsonx chat 8192 8192
watsonx/whisper-large-v3-turbo watsonx audio_transcription
whisper-1 openai audio_transcription
writer.palmyra-x4-v1:0 bedrock_converse chat 128000 8192 F
writer.palmyra-x5-v1:0 bedrock_converse chat 1000000 8192 F
xai/grok-2 xai chat 131072 131072 F
xai/grok-2-1212 xai chat 131072 131072 F
xai/grok-2-latest xai chat 131072 131072 F
xai/grok-2-vision xai chat 32768 32768 VF
xai/grok-2-vision-1212 xai chat 32768 32768 VF
xai/grok-2-vision-latest xai chat 32768 32768 VF
xai/grok-3 xai chat 131072 131072 F
xai/grok-3-beta xai chat 131072 131072 F
xai/grok-3-fast-beta xai chat 131072 131072 F
xai/grok-3-fast-latest xai chat 131072 131072 F
xai/grok-3-latest xai chat 131072 131072 F
xai/grok-3-mini xai chat 131072 131072 RF
xai/grok-3-mini-beta xai chat 131072 131072 RF
xai/grok-3-mini-fast xai chat 131072 131072 RF
xai/grok-3-mini-fast-beta xai chat 131072 131072 RF
xai/grok-3-mini-fast-latest xai chat 131072 131072 RF
xai/grok-3-mini-latest xai chat 131072 131072 RF
xai/grok-4 xai chat 256000 256000 F
xai/grok-4-0709 xai chat 256000 256000 F
xai/grok-4-1-fast xai chat 2000000 2000000 RVF
xai/grok-4-1-fast-non-reasoning xai chat 2000000 2000000 VF
xai/grok-4-1-fast-non-reasoning-latest xai chat 2000000 2000000 VF
xai/grok-4-1-fast-reasoning xai chat 2000000 2000000 RVF
xai/grok-4-1-fast-reasoning-latest xai chat 2000000 2000000 RVF
xai/grok-4-fast-non-reasoning xai chat 2000000 2000000 F
xai/grok-4-fast-reasoning xai chat 2000000 2000000 F
xai/grok-4-latest xai chat 256000 256000 F
xai/grok-beta xai chat 131072 131072 VF
xai/grok-code-fast xai chat 256000 256000 RF
xai/grok-code-fast-1 xai chat 256000 256000 RF
xai/grok-code-fast-1-0825 xai chat 256000 256000 RF
xai/grok-vision-beta xai chat 8192 8192 VF
zai.glm-4.7 bedrock_converse chat 200000 128000 RF
zai/glm-4-32b-0414-128k zai chat 128000 32000 F
zai/glm-4.5 zai chat 128000 32000 F
zai/glm-4.5-air zai chat 128000 32000 F
zai/glm-4.5-airx zai chat 128000 32000 F
zai/glm-4.5-flash zai chat 128000 32000 F
zai/glm-4.5-x zai chat 128000 32000 F
zai/glm-4.5v zai chat 128000 32000 VF
zai/glm-4.6 zai chat 200000 128000 RCF
zai/glm-4.7 zai chat 200000 128000 RCF`;
