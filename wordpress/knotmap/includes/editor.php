<?php
/**
 * What the block editor needs: the zone and family lists for the sidebar, the widget's address for
 * the preview, and a REST route that checks the block's attributes with the same function as the
 * rendering, so the editor's warnings are exactly what the page will leave out.
 *
 * @package Knotmap
 */

defined( 'ABSPATH' ) || exit;

add_action( 'rest_api_init', 'knotmap_register_check_route' );

/**
 * Hands the editor script (block/editor.js) its lists, before it runs.
 */
function knotmap_register_editor_data() {
	$catalog  = knotmap_catalog();
	$zones    = array();
	$families = array();
	foreach ( $catalog['zones'] as $id => $zone ) {
		$zones[] = array(
			'id'   => $id,
			'name' => isset( $zone['name'] ) ? $zone['name'] : $id,
			'kind' => $zone['kind'],
		);
	}
	foreach ( $catalog['families'] as $id => $family ) {
		if ( 0 !== strpos( $id, 'avoid-' ) ) {
			$families[] = array(
				'id'   => $id,
				'name' => isset( $family['shortName'] ) ? $family['shortName'] : $id,
			);
		}
	}
	$data = array(
		'zones'    => $zones,
		'families' => $families,
	);
	wp_add_inline_script(
		generate_block_asset_handle( 'knotmap/body-map', 'editorScript' ),
		'window.knotmapEditor = ' . wp_json_encode( $data ) . ';',
		'before'
	);
}

/**
 * GET knotmap/v1/check?zone=...&compact=true...: the block's attributes checked, for the editor.
 */
function knotmap_register_check_route() {
	$text = array( 'type' => 'string' );
	register_rest_route(
		'knotmap/v1',
		'/check',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'knotmap_rest_check',
			'permission_callback' => function () {
				return current_user_can( 'edit_posts' );
			},
			'args'                => array(
				'zone'     => $text,
				'families' => $text,
				'theme'    => $text,
				'accent'   => $text,
				'compact'  => array( 'type' => 'boolean' ),
				'progress' => array( 'type' => 'boolean' ),
			),
		)
	);
}

/**
 * The block's attributes as the page will use them.
 *
 * @param WP_REST_Request $request The block's attributes as parameters.
 * @return array{options: array, problems: string[], preview: string} The valid options, a sentence
 *         per value left out, and the widget's address with them (for the editor's preview).
 */
function knotmap_rest_check( WP_REST_Request $request ) {
	$attributes = array();
	foreach ( array( 'zone', 'families', 'theme', 'accent', 'compact', 'progress' ) as $name ) {
		if ( null !== $request[ $name ] ) {
			$attributes[ $name ] = $request[ $name ];
		}
	}
	$checked = knotmap_validate_options( knotmap_block_options( $attributes ) );
	return array(
		'options'  => (object) $checked['options'],
		'problems' => $checked['problems'],
		'preview'  => add_query_arg( rawurlencode_deep( $checked['options'] + array( 'embed' => '1' ) ), knotmap_widget_url( 'index.html' ) ),
	);
}
