import { verifyDist } from './dist-verify'

await verifyDist()
