// A certificate for https://localhost: Chromium speaks HTTP/2 only over TLS, and the Studio needs
// HTTP/2 (its ~20 long-lived listeners exhaust HTTP/1.1's six connections per host).
// Node cannot issue X.509 certificates itself, so this drives `openssl`: a local CA (trusted once by
// the developer, if they want no warning) signs a leaf for localhost and 127.0.0.1. LOCAL_LAKE_TLS_CERT
// and LOCAL_LAKE_TLS_KEY bring your own pair instead (e.g. from mkcert).
import {execFileSync} from 'node:child_process'
import {X509Certificate} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

export interface Certificate {
  key: string
  cert: string
  /** PEM of the CA that signed `cert` (what a client or browser must trust); undefined for a brought pair */
  ca?: string
  caFile?: string
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, {cwd, stdio: ['ignore', 'ignore', 'pipe']})
  } catch (err) {
    const e = err as NodeJS.ErrnoException & {stderr?: Buffer}
    if (e.code === 'ENOENT') {
      throw new Error(
        'The local lake needs `openssl` to make its HTTPS certificate (apt-get install -y openssl, or brew install openssl), ' +
          'or set LOCAL_LAKE_TLS_CERT and LOCAL_LAKE_TLS_KEY to a certificate/key pair for localhost.',
      )
    }
    throw new Error(`openssl ${args[0]} failed: ${e.stderr?.toString() ?? e.message}`)
  }
}

function stillValid(file: string, minDaysLeft = 7): boolean {
  if (!existsSync(file)) return false
  try {
    const cert = new X509Certificate(readFileSync(file))
    return Date.parse(cert.validTo) - Date.now() > minDaysLeft * 86_400_000
  } catch {
    return false
  }
}

export function ensureCertificate(dir: string, env: NodeJS.ProcessEnv = process.env): Certificate {
  if (env.LOCAL_LAKE_TLS_CERT && env.LOCAL_LAKE_TLS_KEY) {
    return {cert: readFileSync(env.LOCAL_LAKE_TLS_CERT, 'utf8'), key: readFileSync(env.LOCAL_LAKE_TLS_KEY, 'utf8')}
  }
  mkdirSync(dir, {recursive: true})
  const caFile = join(dir, 'local-lake-ca.crt')
  const caKey = join(dir, 'local-lake-ca.key')
  const leafFile = join(dir, 'localhost.crt')
  const leafKey = join(dir, 'localhost.key')

  if (!stillValid(caFile) || !existsSync(caKey)) {
    openssl(
      [
        'req', '-x509', '-new', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', caKey, '-out', caFile, '-days', '825',
        '-subj', '/CN=Local Lake development CA (editorial-checks)',
        '-addext', 'basicConstraints=critical,CA:TRUE',
        '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
      ],
      dir,
    )
  }
  if (!stillValid(leafFile) || !existsSync(leafKey) || !signedBy(leafFile, caFile)) {
    const csr = join(dir, 'localhost.csr')
    const ext = join(dir, 'localhost.ext')
    writeFileSync(
      ext,
      [
        'basicConstraints=CA:FALSE',
        'keyUsage=critical,digitalSignature,keyEncipherment',
        'extendedKeyUsage=serverAuth',
        'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
      ].join('\n'),
    )
    openssl(
      ['req', '-new', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', leafKey, '-out', csr, '-subj', '/CN=localhost'],
      dir,
    )
    openssl(
      ['x509', '-req', '-in', csr, '-CA', caFile, '-CAkey', caKey, '-CAcreateserial',
        '-out', leafFile, '-days', '397', '-extfile', ext],
      dir,
    )
  }
  return {
    key: readFileSync(leafKey, 'utf8'),
    cert: readFileSync(leafFile, 'utf8'),
    ca: readFileSync(caFile, 'utf8'),
    caFile,
  }
}

function signedBy(leafFile: string, caFile: string): boolean {
  try {
    return new X509Certificate(readFileSync(leafFile)).checkIssued(new X509Certificate(readFileSync(caFile)))
  } catch {
    return false
  }
}

/** The one step that makes a browser trust the certificate, for the platform at hand. */
export function trustInstructions(caFile: string, platform = process.platform): string {
  switch (platform) {
    case 'darwin':
      return `security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${caFile}"`
    case 'win32':
      return `certutil -user -addstore Root "${caFile}"`
    default:
      return `certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n local-lake -i "${caFile}"   (Chrome/Chromium on Linux; package libnss3-tools)`
  }
}
