import { z } from 'zod';

// zod probes `Function('')` unless told not to; a strict CSP refuses it (TOOLCHAIN.md).
z.config({ jitless: true });
