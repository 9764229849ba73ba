// Chrome refuses a basic notification without an iconUrl, and the extension ships no icon files
// yet; a 48 px ring (232 bytes of PNG) inline keeps the reminder working until it does.
export const FOLLOWUP_ICON_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAr0lEQVR42u2awRHAIAgEbSaVpXyLIB1kREC5m7sZ39mNDwUcQyGKLQYSup2MJQcW/KiIHQoseImIXQ40fFhi52PPO3/XMYFs8KhIGbwXPCKSLhCF90q0hE+XuAHvkWgLnyJBL1ANvyrR9u+HdqEL/PYuSEACEpCABEoF2h9k8FcJ3UZVEyTAU5SU8EU9RVsFvrFF0VqkaO7Ct9cpBhwUIyaaIR/FmJVm0E3z1EAJ5gO5nBU9+7+dEwAAAABJRU5ErkJggg==';
