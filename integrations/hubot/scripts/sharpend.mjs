// Description:
//   Sharpend chat-ops: incident status, declaring, notes, resolving and acknowledging alert groups.
//
// Configuration:
//   SHARPEND_URL   - Sharpend's base URL, such as https://sharpend.example.com
//   SHARPEND_TOKEN - a Sharpend API token (incident:read; incident:write and alert:write to change things)
//
// Commands:
//   hubot sharpend status - open incidents and triggered alert groups
//   hubot sharpend incident declare <title> - declare an incident
//   hubot sharpend incident <id> note <text> - add a note to the incident's timeline
//   hubot sharpend incident <id> resolve - resolve an incident
//   hubot sharpend ack <group> - acknowledge an alert group
//   hubot sharpend help - list the commands
//
// Notes:
//   Every command is carried out by Sharpend (POST /api/v1/chat/commands), so Hubot gives the same
//   replies as the Slack and Mattermost slash command. The chat user's name is sent along and
//   recorded as the author; the API token decides what may be done.

const TIMEOUT_MS = 15000

export default (robot) => {
  const base = (process.env.SHARPEND_URL || '').replace(/\/+$/, '')
  const token = process.env.SHARPEND_TOKEN || ''
  if (!base || !token) {
    robot.logger.warn('sharpend: set SHARPEND_URL and SHARPEND_TOKEN')
  }

  const run = async (res, command) => {
    if (!base || !token) {
      await res.reply('Sharpend is not configured: set SHARPEND_URL and SHARPEND_TOKEN.')
      return
    }
    try {
      const response = await fetch(`${base}/api/v1/chat/commands`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json'
        },
        body: JSON.stringify({ text: command, user: res.message.user.name ?? String(res.message.user.id) }),
        signal: AbortSignal.timeout(TIMEOUT_MS)
      })
      const body = await response.json().catch(() => ({}))
      if (response.ok) {
        await res.send(body.text)
      } else {
        await res.reply(`Sharpend said no (HTTP ${response.status}): ${body.detail ?? body.title ?? 'no details'}`)
      }
    } catch (error) {
      await res.reply(`Could not reach Sharpend at ${base}: ${error.message}`)
    }
  }

  robot.on('scripts have loaded', () => robot.logger.info(`sharpend: ready, talking to ${base || '(not configured)'}`))

  robot.respond(/sharpend(?:\s+(.*))?$/i, (res) => run(res, (res.match[1] || 'help').trim()))
}
