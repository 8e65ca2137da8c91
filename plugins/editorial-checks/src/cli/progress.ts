/** A progress bar on stderr (never stdout: stdout is for results). Redraws at most every 1 %. */
export class Progress {
  private readonly stream: {write(s: string): unknown; columns?: number}
  private readonly total: number
  private count = 0
  private lastPercent = -1
  private readonly started = Date.now()

  constructor(stream: {write(s: string): unknown; columns?: number}, total: number) {
    this.stream = stream
    this.total = total
  }

  tick() {
    this.count++
    const percent = Math.floor((this.count / this.total) * 100)
    if (percent === this.lastPercent) return
    this.lastPercent = percent
    const width = 30
    const filled = Math.round((percent / 100) * width)
    const rate = this.count / Math.max(0.001, (Date.now() - this.started) / 1000)
    this.stream.write(`\rchecking ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${String(percent).padStart(3)}% ${this.count}/${this.total} (${Math.round(rate)}/s)`)
  }

  done() {
    if (this.lastPercent >= 0) this.stream.write('\n')
  }
}
