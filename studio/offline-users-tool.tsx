// The offline Studio's user switcher: lists the local lake's users and roles; switching sets the
// lake's identity cookie (via /__local-lake/switch) and reloads the Studio as that user.
import {Badge, Box, Button, Card, Container, Flex, Heading, Stack, Text} from '@sanity/ui'
import {useEffect, useState} from 'react'

interface LakeUserResource {
  id: string
  name: string
  email: string
  roles: {name: string; title: string}[]
}

export function LocalLakeUsersTool() {
  const [state, setState] = useState<{current: string; users: LakeUserResource[]} | {error: string} | null>(null)
  useEffect(() => {
    fetch('/__local-lake/users')
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then(setState, (err: Error) => setState({error: err.message}))
  }, [])

  return (
    <Container width={1} padding={4}>
      <Stack gap={4}>
        <Heading as="h1" size={2}>
          Local lake users
        </Heading>
        <Text muted size={1}>
          This Studio runs against the local lake, a stand-in for Sanity's Content Lake used for trying and
          testing. Each user has the roles the lake enforces on writes.
        </Text>
        {state === null && <Text size={1}>Loading…</Text>}
        {state && 'error' in state && (
          <Card tone="critical" padding={3} radius={2}>
            <Text size={1}>Could not list the users: {state.error}</Text>
          </Card>
        )}
        {state &&
          'users' in state &&
          state.users.map((user) => {
            const current = user.id === state.current
            return (
              <Card key={user.id} padding={3} radius={2} border tone={current ? 'positive' : 'default'} data-testid={`lake-user-${user.id}`}>
                <Flex align="center" gap={3}>
                  <Box flex={1}>
                    <Stack gap={2}>
                      <Text weight="semibold">{user.name}</Text>
                      <Flex gap={2}>
                        {user.roles.map((role) => (
                          <Badge key={role.name}>{role.title}</Badge>
                        ))}
                      </Flex>
                    </Stack>
                  </Box>
                  {current ? (
                    <Text size={1}>Signed in</Text>
                  ) : (
                    <Button
                      mode="ghost"
                      text={`Switch to ${user.name}`}
                      as="a"
                      href={`/__local-lake/switch?as=${encodeURIComponent(user.id)}&to=${encodeURIComponent('/structure')}`}
                    />
                  )}
                </Flex>
              </Card>
            )
          })}
      </Stack>
    </Container>
  )
}
