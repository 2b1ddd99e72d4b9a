import { useCallback, useState } from 'react'
import { useParams } from 'react-router'
import type { Character } from '../../api/types'
import { LiveNotice } from '../../components/LiveNotice'
import { RequireCharacter } from '../../character/RequireCharacter'
import { SyncTimes } from '../../components/SyncTimes'
import { useLiveVersion } from '../../live/useLiveVersion'
import { ComposeMail } from './ComposeMail'
import { LabelList } from './LabelList'
import { MailList } from './MailList'
import { MailReader } from './MailReader'

/** Labels, the mail of the chosen label, the open mail, and composing a new one. */
export function MailPage() {
  return <RequireCharacter>{(character) => <Mailbox key={character.id} character={character} />}</RequireCharacter>
}

function Mailbox({ character }: { character: Character }) {
  const [label, setLabel] = useState<number | undefined>(undefined)
  const linked = Number(useParams().mailId)
  const [open, setOpen] = useState<number | null>(Number.isSafeInteger(linked) && linked > 0 ? linked : null)
  const [deleted, setDeleted] = useState(0)
  const [composing, setComposing] = useState(false)
  const [readIds, setReadIds] = useState<ReadonlySet<number>>(new Set())
  const { version, last } = useLiveVersion(`character.${character.id}.mail`)
  const onRead = useCallback((mailId: number) => setReadIds((ids) => new Set(ids).add(mailId)), [])
  const onDeleted = useCallback(() => {
    setOpen(null)
    setDeleted((n) => n + 1)
  }, [])

  return (
    <>
      <LiveNotice event={last} describe={() => 'New mail arrived'} />
      <SyncTimes owner={{ kind: 'characters', id: character.id }} endpoints={{ MAIL: 'Mail' }} version={version} />
      <div className="mail-layout">
        <LabelList
          characterId={character.id}
          selected={label}
          version={version + readIds.size}
          onSelect={setLabel}
          onCompose={() => setComposing(true)}
        />
        <MailList characterId={character.id} label={label} version={version + deleted} open={open} readIds={readIds}
          onOpen={setOpen} />
        {composing ? (
          <ComposeMail characterId={character.id} onClose={() => setComposing(false)} />
        ) : (
          <MailReader characterId={character.id} mailId={open} onRead={onRead} onDeleted={onDeleted} />
        )}
      </div>
    </>
  )
}
